/**
 * /curation/targets.json: the text of every clause the add-a-link picker offers (id → text, spaces
 * taken out), fetched when a researcher first types in its filter, so a word of a clause's body
 * (胸痛 in 建强急诊急救“五大中心”) finds it, not only a word of its title; reader pages stay as light.
 */
import type { APIRoute } from 'astro';
import { clauseById } from '../../lib/data.ts';
import { curationTargets } from '../../lib/curation-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(Object.fromEntries(curationTargets().map((t) => [t.id, clauseById(t.id)?.text.replace(/\s+/g, '') ?? '']))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
