import type { ContractError, ErrorCode } from '../../../preload/contract/index.js';

/**
 * A request the gradebook refused or could not answer, as an exception. `call()` throws it so a view
 * can simply let it reach the nearest error boundary, which still has the code and details to show.
 */
export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(error: ContractError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }

  toContractError(): ContractError {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** Any thrown value as a contract error, so the UI has one shape to present (bugs become `internal`). */
export function asContractError(error: unknown): ContractError {
  if (error instanceof ContractFailure) return error.toContractError();
  if (error instanceof Error) {
    return {
      code: 'internal',
      message: error.message,
      details: { name: error.name, ...(error.stack === undefined ? {} : { stack: error.stack }) },
    };
  }
  return { code: 'internal', message: String(error), details: {} };
}

/** Any thrown value as a `ContractFailure`, so stores keep one kind of error for the UI to present. */
export function asContractFailure(error: unknown): ContractFailure {
  return error instanceof ContractFailure ? error : new ContractFailure(asContractError(error));
}
