import { attributesOf, choicesOf, type AttributeDefinition } from '../labels/attribute-definition'
import type { Label } from '../labels/label'
import { bratName } from './brat-ann'
import type { DatasetDocument } from './dataset'
import { compareText } from './export-spans'

interface AttributeConf {
  /** brat names of the labels that define it, in label order. */
  readonly args: string[]
  /** Some span carries it on a label that does not define it: any entity may then hold it. */
  anyEntity: boolean
  /** The definitions' listed values in order, then values seen on spans. */
  readonly values: string[]
  binary: boolean
}

/**
 * The `[attributes]` lines of `annotation.conf`, sorted by name. An attribute the labels
 * define names them (`strength\tArg:Commitment, Value:firm|hedged`, a yes/no one is binary:
 * `quoted\tArg:Commitment`), its listed values first, then any other value the spans hold
 * (sorted); free text lists the values written, and is left out while there are none (brat
 * has no free-text attributes). One the spans hold but no label defines may go on any
 * entity (`Arg:<ENTITY>`): binary when it only ever holds `true`/`false`.
 */
export function bratAttributeLines(
  docs: readonly DatasetDocument[],
  labels: readonly Label[],
): string[] {
  const confs = new Map<string, AttributeConf>()
  const confOf = (name: string): AttributeConf => {
    let conf = confs.get(name)
    if (conf === undefined) {
      conf = { args: [], anyEntity: false, values: [], binary: true }
      confs.set(name, conf)
    }
    return conf
  }
  const defined = new Map<string, AttributeDefinition>()
  for (const label of labels) {
    for (const definition of attributesOf(label)) {
      const conf = confOf(bratName(definition.name))
      conf.args.push(bratName(label.name))
      defined.set(`${label.id}\u0000${definition.name}`, definition)
      if (definition.kind !== 'yes-no') conf.binary = false
      for (const value of choicesOf(definition)) add(conf.values, bratName(value))
    }
  }
  const seen = new Map<string, Set<string>>()
  for (const doc of docs) {
    for (const layer of doc.layers) {
      for (const span of layer.spans) {
        for (const [key, value] of Object.entries(span.attributes ?? {})) {
          const conf = confOf(bratName(key))
          if (!defined.has(`${span.label}\u0000${key}`)) conf.anyEntity = true
          if (typeof value === 'boolean') continue
          conf.binary = false
          const values = seen.get(bratName(key)) ?? new Set<string>()
          values.add(bratName(String(value)))
          seen.set(bratName(key), values)
        }
      }
    }
  }
  return [...confs.keys()].sort(compareText).flatMap((name) => {
    const conf = confs.get(name) as AttributeConf
    const extra = [...(seen.get(name) ?? [])].filter((value) => !conf.values.includes(value))
    const values = [...conf.values, ...extra.sort(compareText)]
    const arg = conf.anyEntity || conf.args.length === 0 ? '<ENTITY>' : conf.args.join('|')
    if (conf.binary) return [`${name}\tArg:${arg}`]
    if (values.length === 0) return []
    return [`${name}\tArg:${arg}, Value:${values.join('|')}`]
  })
}

function add(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value)
}
