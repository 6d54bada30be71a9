import fc from 'fast-check'
import { z } from 'zod'

import type { EndpointName } from '../../src-main/contract/endpoint-names'
import { endpoints } from '../../src-main/contract/endpoints'

// Inputs for every endpoint, made from its schema alone, so an endpoint added to the contract
// is covered without anyone writing its cases: one input the schema accepts, and inputs that
// each break it in exactly one place.

interface JsonSchema {
  readonly type?: string | readonly string[]
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: readonly string[]
  readonly additionalProperties?: boolean | JsonSchema
  readonly items?: JsonSchema
  readonly minItems?: number
  readonly maxItems?: number
  readonly minLength?: number
  readonly maxLength?: number
  readonly pattern?: string
  readonly enum?: readonly unknown[]
  readonly const?: unknown
  readonly minimum?: number
  readonly anyOf?: readonly JsonSchema[]
  readonly oneOf?: readonly JsonSchema[]
  readonly default?: unknown
  readonly $ref?: string
}

export interface MalformedInput {
  /** Where the fault is (`input` for the whole input) and what it is. */
  readonly why: string
  readonly input: unknown
}

const HUGE = 'a'.repeat(1024 * 1024)

/** The endpoint's input schema as JSON Schema: plain data a generator can walk. */
export function jsonSchemaOf(name: EndpointName): JsonSchema {
  return z.toJSONSchema(endpoints[name].input, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema
}

const optionsOf = (schema: JsonSchema): readonly JsonSchema[] | undefined =>
  schema.anyOf ?? schema.oneOf

const typesOf = (schema: JsonSchema): Set<string> => {
  const options = optionsOf(schema)
  if (options) return new Set(options.flatMap((option) => [...typesOf(option)]))
  if (schema.const !== undefined) return new Set([typeof schema.const])
  const { type } = schema
  const types = new Set(type === undefined ? [] : typeof type === 'string' ? [type] : type)
  if (types.has('integer')) types.add('number')
  return types
}

/**
 * A value `schema` accepts, built the simplest way: the first enum value or union option,
 * arrays of one item, only the required properties unless `withOptional` names one more.
 * Numbers count up in the order they are made, so `start` comes out below `end`.
 */
function example(schema: JsonSchema, counter: { n: number }, withOptional?: string): unknown {
  if (schema.$ref !== undefined) throw new Error(`cannot follow ${schema.$ref}: inline it`)
  const options = optionsOf(schema)
  if (options) return example(options[0] as JsonSchema, counter)
  if (schema.const !== undefined) return schema.const
  if (schema.enum) return schema.enum[0]
  const types = typesOf(schema)
  if (types.has('object')) {
    const keys = [...(schema.required ?? [])]
    if (withOptional !== undefined && !keys.includes(withOptional)) keys.push(withOptional)
    return Object.fromEntries(
      keys.map((key) => [key, example(schema.properties?.[key] ?? {}, counter)]),
    )
  }
  if (types.has('array')) {
    const length = Math.max(schema.minItems ?? 0, Math.min(1, schema.maxItems ?? 1))
    return Array.from({ length }, () => example(schema.items ?? {}, counter))
  }
  if (types.has('string')) return exampleString(schema)
  if (types.has('number')) return (schema.minimum ?? 0) + counter.n++
  if (types.has('boolean')) return true
  return null
}

function exampleString(schema: JsonSchema): string {
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? Math.max(min, 16)
  const length = Math.min(Math.max(min, 8), max)
  const plain = 'a'.repeat(length)
  if (schema.pattern === undefined) return plain
  const pattern = new RegExp(schema.pattern, 'u')
  // Plain letters first: a name a refinement would refuse (a leading "_") is less likely.
  if (pattern.test(plain)) return plain
  // Only the schema's own bounds: a pattern may need more than the plain example's length.
  const longest = schema.maxLength ?? Number.POSITIVE_INFINITY
  const matching = fc
    .stringMatching(pattern)
    .filter((text) => text.length >= min && text.length <= longest)
  return fc.sample(matching, { numRuns: 1, seed: 42 })[0] as string
}

/**
 * An input the endpoint's schema accepts: its required fields, or those and one optional
 * field when the schema asks for one of several (say, `uploads` or `paths`). Throws when
 * there is none, so a new kind of schema makes the tests fail instead of skipping it.
 */
export function validInputFor(name: EndpointName): unknown {
  const schema = jsonSchemaOf(name)
  const candidates = [undefined, ...Object.keys(schema.properties ?? {})]
  for (const optional of candidates) {
    const input = example(schema, { n: 1 }, optional)
    if (endpoints[name].input.safeParse(input).success) return input
  }
  throw new Error(`no valid input could be made for ${name} from its schema; teach example()`)
}

const wrongTypeFor = (schema: JsonSchema): unknown => {
  const types = typesOf(schema)
  if (!types.has('number')) return 12345
  if (!types.has('string')) return 'not a number'
  return [[]]
}

const isBounded = (schema: JsonSchema): boolean =>
  schema.maxLength !== undefined || schema.pattern !== undefined || schema.enum !== undefined

type Path = readonly (string | number)[]

const REMOVE = Symbol('remove')

function replaceAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next
  const [head, ...rest] = path as [string | number, ...Path]
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }
  const child = replaceAt((copy as Record<string | number, unknown>)[head], rest, next)
  if (child === REMOVE) delete (copy as Record<string | number, unknown>)[head]
  else (copy as Record<string | number, unknown>)[head] = child
  return copy
}

const at = (path: Path): string => (path.length === 0 ? 'input' : path.join('.'))

function faultsIn(
  schema: JsonSchema,
  value: unknown,
  path: Path,
  base: unknown,
  out: MalformedInput[],
): void {
  const chosen = optionsOf(schema)?.[0] ?? schema
  if (path.length > 0) {
    out.push({ why: `${at(path)}: wrong type`, input: replaceAt(base, path, wrongTypeFor(schema)) })
  }
  if (typeof value === 'number' && typesOf(chosen).has('integer')) {
    out.push({ why: `${at(path)}: a fraction`, input: replaceAt(base, path, value + 0.5) })
  }
  if (typeof value === 'number' && chosen.minimum !== undefined) {
    out.push({
      why: `${at(path)}: below its minimum`,
      input: replaceAt(base, path, chosen.minimum - 1),
    })
  }
  if (typeof value === 'string' && isBounded(chosen)) {
    out.push({ why: `${at(path)}: a 1 MiB string`, input: replaceAt(base, path, HUGE) })
  }
  if (Array.isArray(value)) {
    if (chosen.maxItems !== undefined && chosen.maxItems <= 100_000) {
      const tooMany = Array.from({ length: chosen.maxItems + 1 }, () => value[0])
      out.push({ why: `${at(path)}: too many items`, input: replaceAt(base, path, tooMany) })
    }
    value.forEach((item, index) => faultsIn(chosen.items ?? {}, item, [...path, index], base, out))
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of chosen.required ?? []) {
      out.push({
        why: `${at([...path, key])}: missing`,
        input: replaceAt(base, [...path, key], REMOVE),
      })
    }
    if (chosen.additionalProperties === false) {
      const extra = replaceAt(base, [...path, 'unexpectedField'], true)
      out.push({ why: `${at(path)}: an extra field`, input: extra })
    }
    for (const [key, child] of Object.entries(value)) {
      faultsIn(chosen.properties?.[key] ?? {}, child, [...path, key], base, out)
    }
  }
}

/**
 * Inputs that each break the endpoint's schema once: the whole input of the wrong type, and
 * for every field of a valid input (optional fields each in an input of their own), that field missing (if required), of the wrong type, a
 * 1 MiB string (where the schema bounds it), a fraction or a number below the minimum, one
 * item too many, and an unknown field beside it where the schema is strict.
 */
export function malformedInputsFor(name: EndpointName): MalformedInput[] {
  const schema = jsonSchemaOf(name)
  const base = validInputFor(name)
  const out: MalformedInput[] = [
    { why: 'input: a number', input: 42 },
    { why: 'input: a string', input: 'getSession' },
    { why: 'input: a list', input: [] },
  ]
  faultsIn(schema, base, [], base, out)
  // Optional fields are not in that input: each is broken in an input that has it.
  const required = new Set(schema.required ?? [])
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    if (required.has(key)) continue
    const withField = example(schema, { n: 1 }, key) as Record<string, unknown>
    if (!endpoints[name].input.safeParse(withField).success) continue
    faultsIn(field, withField[key], [key], withField, out)
  }
  return out
}
