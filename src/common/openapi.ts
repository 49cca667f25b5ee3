import { applyDecorators, type INestApplication } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProduces,
  ApiResponse,
  DocumentBuilder,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ParameterObject = Extract<NonNullable<OperationObject['parameters']>[number], { in: string }>;
type ResponseObject = Extract<OperationObject['responses'][string], { description: string }>;
type SchemaObject = Extract<
  NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string],
  { type?: unknown }
>;

/** Marks a public route (`Access.public()`); the document says `security: []` instead. */
export const PUBLIC_EXTENSION = 'x-public';

/** Errors are RFC 9457 problem details (problem.filter.ts). */
export const PROBLEM_JSON = 'application/problem+json';

/** The `ETag` header of a versioned record's answer (api.md, Conventions). */
export const ETAG_HEADER = {
  ETag: {
    description: 'The record’s version, to send back in `If-Match`',
    schema: { type: 'string', example: '"3"' },
  },
};

/** A person named in a record: who did something (null fields: the system). */
export const PERSON = {
  type: 'object' as const,
  required: ['id', 'fullName'],
  properties: {
    id: { type: 'string' as const, nullable: true },
    fullName: { type: 'string' as const, nullable: true },
  },
};

/** A route answering a file (a download) instead of JSON. */
export const ApiFile = (description: string, ...mediaTypes: string[]): MethodDecorator =>
  applyDecorators(
    ApiProduces(...mediaTypes),
    ApiOkResponse({
      description,
      content: Object.fromEntries(
        mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    }),
  );

/**
 * A field holding a code of a reference list: its description names the list and where to read
 * it, so a client can offer the choices (`GET /api/v1/reference/{list}`).
 */
export const codeList = (list: string, note?: string): { description: string } => ({
  description: `A code of the list \`${list}\` (GET /api/v1/reference/${list})${note ? `. ${note}` : ''}`,
});

/**
 * Problems a route gives beyond those every route of its kind gives (see `describeProblems`), with
 * what they mean there, e.g. `@ApiProblem(409, 'The personal ID belongs to another child')`.
 */
export const ApiProblem = (status: number, description: string): MethodDecorator =>
  ApiResponse({ status, description });

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description:
    'RFC 9457 problem details, in Vietnamese by default and in English with Accept-Language: en',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: {
      type: 'string',
      description: 'What went wrong, stable: a client branches on it',
      example: '/problems/validation-failed',
    },
    title: { type: 'string', example: 'Dữ liệu không hợp lệ' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'Có 1 trường không hợp lệ.' },
    errors: {
      type: 'array',
      description: 'Field by field, when the input was refused',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', description: 'The field’s path in the input', example: 'sex' },
          message: { type: 'string', example: 'Phải là một trong các giá trị: male, female.' },
        },
      },
    },
    requestId: {
      type: 'string',
      description: 'The request’s id (X-Request-Id), to find it in the log',
    },
  },
};

/** idempotency.interceptor.ts: on a signed-in POST other than an upload. */
const IDEMPOTENCY_KEY: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours ' +
    'get the first answer again and change nothing',
  schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
};

const GENERIC: Record<number, string> = {
  400: 'The input is malformed or invalid (`errors` names each field)',
  401: 'Not signed in, or the token or API key is not valid',
  403: 'The caller may not do this here',
  404: 'Nothing with this identifier in the caller’s reach',
  409: 'In conflict with the current state (or an Idempotency-Key still running)',
  412: '`If-Match` names another version than the current one: read it again',
  413: 'The body is larger than the server accepts',
  422: 'Well-formed but refused by a rule (or an Idempotency-Key reused with another body)',
  428: '`If-Match` is required',
  429: 'Too many requests: wait the seconds of `Retry-After`',
  503: 'A service the API needs is unavailable: retry after `Retry-After`',
};

/**
 * The OpenAPI document of the application, as served at /api/docs-json and linted in CI
 * (`npm run lint:api`): the web app and partner systems generate their clients from it.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('BVTE — child registry and child protection')
      .setDescription(
        'Quản lý thông tin trẻ em và bảo vệ trẻ em. Errors are application/problem+json (RFC 9457), ' +
          'in Vietnamese by default and in English with Accept-Language: en.',
      )
      .setVersion('1')
      .addServer('/', 'This server')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api-key')
      .build(),
  );
  describeProblems(document);
  return document;
}

/**
 * Every error answer of every operation, as problem+json. The route's own declarations say what
 * is particular to it (`@Access`: 401 and 403; `@ApiProblem`); what follows from the operation's
 * shape is added here: 400 for any input (and 413 for a body), 404 for an identifier in the
 * path, 412 (and 428 when required) for `If-Match`, 409 and 422 for a signed-in JSON POST (its
 * Idempotency-Key), and 429 and 503 for every API route (rate limits and the database; the
 * health probes outside the API prefix have neither and describe their own).
 */
function describeProblems(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.Problem = PROBLEM_SCHEMA;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const extensions = operation as Partial<Record<typeof PUBLIC_EXTENSION, boolean>>;
      if (extensions[PUBLIC_EXTENSION]) {
        delete extensions[PUBLIC_EXTENSION];
        operation.security = [];
      }
      const parameters = dedupeHeaders(operation);
      const signedIn = (operation.security ?? []).length > 0;
      const statuses = new Set<number>();
      if (parameters.length > 0 || operation.requestBody) statuses.add(400);
      if (operation.requestBody) statuses.add(413);
      if (parameters.some((p) => p.in === 'path')) statuses.add(404);
      const ifMatch = parameters.find((p) => p.in === 'header' && /^if-match$/i.test(p.name));
      if (ifMatch) statuses.add(412);
      if (ifMatch?.required) statuses.add(428);
      if (method === 'post' && signedIn && !isMultipart(operation)) {
        parameters.push(IDEMPOTENCY_KEY);
        statuses.add(400).add(409).add(422);
      }
      if (path.startsWith('/api/')) statuses.add(429).add(503);
      for (const status of statuses) {
        operation.responses[status] ??= { description: GENERIC[status] };
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) asProblem(response as ResponseObject);
      }
    }
  }
}

function asProblem(response: ResponseObject): void {
  response.content = { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/Problem' } } };
}

/** HTTP header names are case-insensitive: `@Headers('if-match')` and `@ApiHeader` are one. */
function dedupeHeaders(operation: OperationObject): ParameterObject[] {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const declared = new Set(
    parameters.filter((p) => p.in === 'header' && p.description).map((p) => p.name.toLowerCase()),
  );
  operation.parameters = parameters.filter(
    (p) => p.in !== 'header' || p.description || !declared.has(p.name.toLowerCase()),
  );
  return operation.parameters as ParameterObject[];
}

function isMultipart(operation: OperationObject): boolean {
  const body = operation.requestBody as { content?: Record<string, unknown> } | undefined;
  return Object.keys(body?.content ?? {}).includes('multipart/form-data');
}
