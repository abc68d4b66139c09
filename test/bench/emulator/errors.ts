// GitHub-shaped error answers. Handlers throw ApiError; the server turns it into the reply.

export const DOCUMENTATION_URL = 'https://docs.github.com/rest';

export interface FieldError {
  resource: string;
  field?: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? status));
  }
}

export function errorBody(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, documentation_url: DOCUMENTATION_URL, status: String(status), ...extra };
}

export function notFound(message = 'Not Found'): ApiError {
  return new ApiError(404, errorBody(404, message));
}

/** 422 with GitHub's `errors` array, e.g. a duplicate release tag. */
export function validationFailed(errors: FieldError[], message = 'Validation Failed'): ApiError {
  return new ApiError(422, errorBody(422, message, { errors }));
}

/** 422 with a message only, as GitHub answers for refs ("Reference already exists"). */
export function unprocessable(message: string): ApiError {
  return new ApiError(422, errorBody(422, message));
}

export function conflict(message: string): ApiError {
  return new ApiError(409, errorBody(409, message));
}
