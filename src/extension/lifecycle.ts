import type * as vscode from 'vscode';

/**
 * A disposable that owns other disposables and disposes them in reverse order of registration,
 * so what was created last (and may depend on earlier things) goes first.
 */
export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  protected _register<T extends vscode.Disposable>(disposable: T): T {
    if (this.disposed) {
      disposable.dispose();
    } else {
      this.owned.push(disposable);
    }
    return disposable;
  }

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    while (this.owned.length > 0) {
      this.owned.pop()!.dispose();
    }
  }
}
