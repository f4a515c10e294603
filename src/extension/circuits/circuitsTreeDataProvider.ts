import * as vscode from 'vscode';
import type { CircuitView } from '../../engine/resilience/resilienceProtocol';
import { listCircuitsRequest } from '../../engine/resilience/resilienceProtocol';
import type { CaptainEngine } from '../captainEngine';

/** A node of the Circuits view: a service, or one endpoint's circuit. */
export type CircuitsNode =
  | { kind: 'service'; service: string; circuits: CircuitView[] }
  | { kind: 'circuit'; circuit: CircuitView };

const stateIcons: Record<CircuitView['state'], vscode.ThemeIcon> = {
  closed: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  open: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
  'half-open': new vscode.ThemeIcon(
    'debug-pause',
    new vscode.ThemeColor('editorWarning.foreground'),
  ),
  isolated: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('testing.iconFailed')),
};

/** A tree item as shown, in plain JSON: what `captain.circuits.refresh` returns (tests read it). */
export interface RenderedCircuitItem {
  readonly label: string;
  readonly description?: string;
  readonly iconId?: string;
  readonly contextValue?: string;
  readonly children: RenderedCircuitItem[];
}

/** Services → endpoints with their circuit state, failures, last failure and next trial. */
export class CircuitsTreeDataProvider implements vscode.TreeDataProvider<CircuitsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly engine: CaptainEngine) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: CircuitsNode): Promise<CircuitsNode[]> {
    if (node?.kind === 'service') {
      return node.circuits.map((circuit) => ({ kind: 'circuit', circuit }));
    }
    if (node) {
      return [];
    }

    const circuits = await this.engine.request(listCircuitsRequest, {});
    const services = [...new Set(circuits.map((c) => c.service))];
    return services.map((service) => ({
      kind: 'service',
      service,
      circuits: circuits.filter((c) => c.service === service),
    }));
  }

  /** The whole tree as it renders now, services with their circuits. */
  async rendered(): Promise<RenderedCircuitItem[]> {
    const render = async (node: CircuitsNode): Promise<RenderedCircuitItem> => {
      const item = this.getTreeItem(node);
      return {
        label: String(item.label),
        description: typeof item.description === 'string' ? item.description : undefined,
        iconId: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
        contextValue: item.contextValue,
        children: await Promise.all((await this.getChildren(node)).map(render)),
      };
    };
    return Promise.all((await this.getChildren()).map(render));
  }

  getTreeItem(node: CircuitsNode): vscode.TreeItem {
    if (node.kind === 'service') {
      const item = new vscode.TreeItem(node.service, vscode.TreeItemCollapsibleState.Expanded);
      const worst = node.circuits.find((c) => c.state !== 'closed')?.state ?? 'closed';
      item.iconPath = stateIcons[worst];
      item.contextValue = 'captain.circuitService';
      return item;
    }

    const circuit = node.circuit;
    const item = new vscode.TreeItem(circuit.endpoint, vscode.TreeItemCollapsibleState.None);
    item.iconPath = stateIcons[circuit.state];
    item.description = describe(circuit, Date.now());
    item.tooltip = new vscode.MarkdownString(
      [
        `**${circuit.service} ${circuit.endpoint}**: ${circuit.state}`,
        vscode.l10n.t('Failures: {0}', circuit.failureCount),
        circuit.lastFailure
          ? vscode.l10n.t(
              'Last failure: {0} at {1}',
              circuit.lastFailure,
              new Date(circuit.lastFailureAt ?? 0).toLocaleString(),
            )
          : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
    item.contextValue = `captain.circuit.${circuit.state}`;
    return item;
  }
}

function describe(circuit: CircuitView, nowMs: number): string {
  const parts: string[] = [circuit.state];
  if (circuit.failureCount > 0) {
    parts.push(vscode.l10n.t('{0} failures', circuit.failureCount));
  }
  if (circuit.lastFailure) {
    parts.push(circuit.lastFailure);
  }
  if (circuit.state === 'open' && circuit.nextTrialAt !== undefined) {
    parts.push(
      vscode.l10n.t('trial in {0} s', Math.max(0, Math.ceil((circuit.nextTrialAt - nowMs) / 1000))),
    );
  }
  return parts.join(' · ');
}
