import { ResponseError } from 'vscode-jsonrpc/node';
import type { EngineCapability } from '../engineCapability';
import type { EngineContext } from '../engineContext';
import { isCaptainError } from '../errors';
import {
  contractsCheckPactsRequest,
  contractsCheckPayloadRequest,
  contractsCheckWebhookEventRequest,
  contractsDiffRequest,
  contractsEventDriftRequest,
  contractsListEventDriftRequest,
  contractsListRequest,
  contractsValidateRequest,
} from './contractsProtocol';
import { ContractsService } from './contractsService';
import { EventDriftChecker } from './eventDriftChecker';

/** JSON-RPC error code for contracts failures; `data` carries `{ code }` (the ContractsError code). */
export const contractsResponseErrorCode = -32030;

/**
 * The contracts capability of the engine process: list specs with their state, validate, diff
 * against a git ref, check payloads, webhook events and pacts, and report captured webhook events
 * that drift from their spec. Loading, validation and compiling
 * run here, never on the extension host; results that change are announced on topic `contracts`.
 */
export function createContractsCapability(context: EngineContext): EngineCapability {
  const service = new ContractsService(context);
  const drift = new EventDriftChecker(context, service);
  return {
    name: 'contracts',
    register(connection) {
      const handle =
        <P, R>(work: (params: P) => Promise<R>) =>
        async (params: P): Promise<R> => {
          try {
            return await work(params);
          } catch (error) {
            if (!isCaptainError(error)) {
              throw error;
            }
            throw new ResponseError(contractsResponseErrorCode, error.message, {
              code: error.code,
            });
          }
        };

      connection.onRequest(
        contractsListRequest,
        handle(() => service.list()),
      );
      connection.onRequest(
        contractsValidateRequest,
        handle(async (params) => ({ results: await service.validate(params?.file, params?.text) })),
      );
      connection.onRequest(
        contractsDiffRequest,
        handle((params) => service.diff(params.file, params.ref)),
      );
      connection.onRequest(
        contractsCheckPayloadRequest,
        handle((params) => service.checkPayload(params.file, params.target, params.payload)),
      );
      connection.onRequest(
        contractsCheckWebhookEventRequest,
        handle((params) => service.checkWebhookEvent(params.eventType, params.payload)),
      );
      connection.onRequest(
        contractsEventDriftRequest,
        handle((params) => drift.driftOf(params?.keys)),
      );
      connection.onRequest(
        contractsListEventDriftRequest,
        handle(async (params) => ({ events: await drift.list(params?.limit) })),
      );
      connection.onRequest(
        contractsCheckPactsRequest,
        handle(async (params) => ({ pacts: await service.checkPacts(params?.pact, params?.spec) })),
      );
    },
    async dispose() {
      // Nothing runs in the background: loaded specs are dropped with the process.
    },
  };
}
