import type { Context } from 'hono';
import { badRequest } from './errors';

export type Body = Record<string, unknown>;

/** The JSON object a request carries; anything else is a 400 with a plain explanation. */
export async function readJsonObject(c: Context): Promise<Body> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw badRequest('The request body must be JSON.', 'invalid_json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('The request body must be a JSON object.', 'invalid_json');
  }
  return value as Body;
}

export function stringField(body: Body, key: string, options: { min?: number; max: number; label: string }): string {
  const value = body[key];
  // Sent with every refusal so another language can state the field's rule.
  const min = options.min ?? 1;
  if (typeof value !== 'string') throw badRequest(`${options.label} is required.`, `invalid_${key}`, { min, max: options.max });
  const trimmed = key === 'password' ? value : value.trim();
  if (trimmed.length < min) {
    throw badRequest(
      min > 1 ? `${options.label} needs at least ${min} characters.` : `${options.label} is required.`,
      `invalid_${key}`,
      { min, max: options.max },
    );
  }
  if (trimmed.length > options.max) throw badRequest(`${options.label} can be at most ${options.max} characters.`, `invalid_${key}`, { min, max: options.max });
  return trimmed;
}

export function optionalStringField(body: Body, key: string, options: { max: number; label: string }): string {
  if (body[key] === undefined || body[key] === null || body[key] === '') return '';
  return stringField(body, key, { ...options, min: 0 });
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailField(body: Body, key = 'email'): string {
  const email = stringField(body, key, { max: 254, label: 'Email' }).toLowerCase();
  if (!emailPattern.test(email)) throw badRequest('Please enter a valid email address.', `invalid_${key}`, { min: 1, max: 254 });
  return email;
}
