import { describe, expect, it } from 'vitest'

import {
  describeSync,
  NO_CHANGES,
  type SyncSummary,
} from '../../../../src-main/core/sync/sync-summary'

const summary = (over: Partial<SyncSummary>): SyncSummary => ({
  remote: '/shared/team.git',
  branch: 'main',
  committed: null,
  incoming: NO_CHANGES,
  outgoing: NO_CHANGES,
  conflicts: [],
  clashes: [],
  notes: [],
  pushed: true,
  ...over,
})

describe('what a sync tells the analyst', () => {
  it('says nothing came in or went out when nothing did', () => {
    expect(describeSync(summary({}))).toEqual(['Came in: nothing', 'Went out: nothing'])
  })

  it('names whose layers changed, with span counts, and the new documents', () => {
    expect(
      describeSync(
        summary({
          incoming: {
            people: [
              {
                folder: 'annotations',
                person: 'bob',
                documents: 2,
                spansBefore: 1,
                spansAfter: 15,
              },
              {
                folder: 'annotations',
                person: 'carol',
                documents: 1,
                spansBefore: 3,
                spansAfter: 2,
              },
              { folder: 'comments', person: 'carol', documents: 1, spansBefore: 0, spansAfter: 0 },
            ],
            newDocuments: [
              { id: 'd1', title: 'One' },
              { id: 'd2', title: 'Two' },
            ],
            sharedFiles: ['gloss.json'],
          },
          outgoing: {
            people: [
              {
                folder: 'annotations',
                person: 'alice',
                documents: 1,
                spansBefore: 0,
                spansAfter: 1,
              },
            ],
            newDocuments: [{ id: 'd3', title: 'Three' }],
            sharedFiles: [],
          },
        }),
      ),
    ).toEqual([
      "Came in: bob: 2 documents (+14 spans); carol: 1 document (-1 span); carol's comments: 1 document; 2 new documents; gloss.json",
      'New here: "One", "Two"',
      'Went out: alice: 1 document (+1 span); 1 new document',
    ])
  })

  it('says where this machine’s version of a layer edited elsewhere too was kept', () => {
    expect(
      describeSync(
        summary({
          conflicts: [
            { folder: 'annotations', person: 'alice', keptAs: 'alice-conflict-home', documents: 1 },
          ],
          clashes: ['gloss.json: labels[claim].color'],
        }),
      ).slice(2),
    ).toEqual([
      `alice's layer was also changed on another machine (1 document): the team's version stays "alice", this machine's is kept as "alice-conflict-home" — compare them in review.`,
      "Changed here and by the team, the team's kept: gloss.json: labels[claim].color",
    ])
  })

  it('names at most five new documents by title, then counts the rest', () => {
    const newDocuments = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((title, n) => ({
      id: `d${n}`,
      title,
    }))
    expect(
      describeSync(summary({ incoming: { people: [], newDocuments, sharedFiles: [] } }))[1],
    ).toBe('New here: "A", "B", "C", "D", "E" and 2 more')
  })
})
