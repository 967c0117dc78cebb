"""
Variants of the link model tried leave one document out on the features dump.ts writes
(docs/links.md records the figures). It re-implements what the TypeScript benchmark does
(test/bench/links-loo.ts: the two-stage conditional logit of scripts/link/model.ts and train.ts,
the threshold and near-top share chosen on the training plans) and gives the same figures for
the third round's build (0.76 / 0.73 / 0.84, and per plan) and the fourth's (0.86 / 0.82 / 0.86 at
the 0.88 bar), in seconds instead of minutes, so that
decision rules and derived features can be tried without touching the build.

    npx tsx test/bench/link-variants/dump.ts && python3 test/bench/link-variants/variants.py [words]

Needs python3 with numpy (and scipy for the separate link-or-not classifier).
"""
import json, os, sys, tempfile
from collections import defaultdict
import numpy as np

D = json.load(open(os.path.join(tempfile.gettempdir(), 'link-features.json')))
NAMES = D['names']
FI = {n: i for i, n in enumerate(NAMES)}
LAB = {l['source']: l for l in D['labelled']}
DOCS = list(dict.fromkeys(l['doc'] for l in D['labelled']))
SRC = D['sources']
CALLS = [np.array(c) for c in D['calls']]
KIDS = defaultdict(list)
for s in SRC:
    if s['parent']:
        KIDS[s['parent']].append(s)
BUILD = ['sum', 'words', 'concept', 'novelty']
BREADTH = ['sum', 'words', 'conceptBreadth', 'novelty']
DOCUMENT_FACTS = ('cites',)
free_of = lambda names: [i for i, n in enumerate(names) if n in DOCUMENT_FACTS]
PROBS = [0.05 + i * 0.01 for i in range(91)]
NEAR_TOPS = (0.6, 0.7, 0.8, 0.9, 1)


# --- the model (model.ts: fitChoice, choiceProbabilities) ---

def fit(groups, k, l2=3, steps=2000, rate=0.05, plans=None, free=()):
    """Conditional logit by gradient ascent on standardised features; groups are (X, chosen) with -1 for none.
    With `plans` (one per group), each plan has a none of its own (a list in that order of sorted plans).
    The weights of the features at the indices `free` are not shrunk (model.ts: the documents' facts)."""
    allx = np.concatenate([g[0] for g in groups if len(g[0])])
    mean, sd = allx.mean(0), allx.std(0)
    sd[sd == 0] = 1
    C, G = max(len(g[0]) for g in groups), len(groups)
    X, M, CH, CN = np.zeros((G, C, k)), np.zeros((G, C), bool), np.zeros((G, C)), np.zeros(G)
    for i, (x, chosen) in enumerate(groups):
        X[i, :len(x)] = (x - mean) / sd if len(x) else 0
        M[i, :len(x)] = True
        for c in chosen:
            if c >= 0: CH[i, c] += 1
            else: CN[i] += 1
    names = sorted(set(plans)) if plans else [None]
    plan = np.array([names.index(p) for p in plans]) if plans else np.zeros(G, int)
    nch = CH.sum(1) + CN
    w, none = np.zeros(k), np.zeros(len(names))
    pen = np.array([0 if i in free else l2 for i in range(k)], float)
    for _ in range(steps):
        u = X @ w
        u[~M] = -np.inf
        nn = none[plan]
        top = np.maximum(nn, u.max(1))
        e = np.exp(u - top[:, None]); e[~M] = 0
        en = np.exp(nn - top)
        total = en + e.sum(1)
        p, pn = e / total[:, None], en / total
        gw = -pen * w + np.einsum('gc,gck->k', CH, X) - np.einsum('g,gc,gck->k', nch, p, X)
        w += rate * gw / G
        none += rate * np.bincount(plan, CN - nch * pn, len(names)) / G * len(names)
    return dict(w=w, none=none if plans else none[0], mean=mean, sd=sd)


def probs(m, x):
    if len(x) == 0: return np.zeros(0)
    u = ((x - m['mean']) / m['sd']) @ m['w']
    top = max(m['none'], u.max())
    e = np.exp(u - top)
    return e / (np.exp(m['none'] - top) + e.sum())


# --- figures and decisions (annotations.ts, train.ts) ---

def figures(lab, links):
    wp = t1 = prim = found = pub = right = 0
    for l in lab:
        L = links.get(l['source'], [])
        ok = set(l['primary']) | set(l['acceptable'])
        if l['primary']:
            wp += 1
            t1 += bool(L and L[0] in l['primary'])
        prim += len(l['primary'])
        found += sum(t in L for t in l['primary'])
        pub += len(L)
        right += sum(t in ok for t in L)
    return (t1 / wp if wp else 1, found / prim if prim else 1, right / pub if pub else 1, pub)


def decide(scored, thr, near):
    out = {}
    for s, lst in scored.items():
        k = sorted([c for c in lst if c[1] >= thr], key=lambda c: -c[1])
        out[s] = [c[0] for c in k if c[1] >= near * k[0][1]] if k else []
    return out


def objective(f, bar=0.85):  # the bar of the first three rounds; the build's is 0.88 since the fourth (train.ts PRECISION_BAR)
    return 1 + f[0] + f[1] if f[2] >= bar else f[2]


def choose(scored, lab, obj=objective, decide=decide, extra=(None,)):
    """The threshold (and near-top share, and any extra parameter) of the widest run of best objective values."""
    best = (PROBS[0], 1, None, -1e9)
    for e in extra:
        for nt in NEAR_TOPS:
            vals = [obj(figures(lab, decide(scored, t, nt) if e is None else decide(scored, t, nt, e))) for t in PROBS]
            top, run, widest = max(vals), [], []
            for i, v in enumerate(vals):
                run = run + [i] if v >= top - 1e-9 else []
                if len(run) > len(widest): widest = run
            if top > best[3] + 1e-9: best = (PROBS[widest[len(widest) // 2]], nt, e, top)
    return best


# --- features: the dumped ones, the parent's probability, derived clause-level ones ---

def derive(s, names, anc=None):
    n = len(s['cands'])
    if n == 0: return np.zeros((0, len(names)))
    base = {k: np.array([c['x'][FI[k]] for c in s['cands']]) for k in NAMES}
    a = anc(s) if anc else np.zeros(n)
    cols = []
    for nm in names:
        if nm == 'ancestor': cols.append(a)
        elif nm in FI: cols.append(base[nm])
        elif nm.startswith('max:'): cols.append(np.full(n, base[nm[4:]].max()))
        elif nm.startswith('margin:'):
            v = base[nm[7:]]
            o = np.sort(v)[::-1]
            cols.append(v.copy() if n == 1 else np.where(v >= o[0], v - o[1], v - o[0]))
        elif nm.startswith('share:'):
            v = base[nm[6:]]
            cols.append(v / v.max() if v.max() > 0 else v * 0)
        elif nm.startswith('isbest:'): cols.append((base[nm[7:]] >= base[nm[7:]].max()).astype(float))
        elif nm == 'ancmax': cols.append(np.full(n, a.max()))
        elif nm == 'hasparent': cols.append(np.full(n, float(s['call'] >= 0)))
        elif nm == 'ncand': cols.append(np.full(n, np.log(n)))
        elif nm == 'len': cols.append(np.full(n, np.log(len(s['text']) + 1)))
        elif nm == 'prior': cols.append(np.array([PRIOR.get(c['target'], PRIOR.get(None, 0.0)) for c in s['cands']]))
        elif nm.startswith('exemplar:'):  # exemplar:<words|bigrams|concepts>:<max|mean> over the fold's other training plans
            _, kind, agg = nm.split(':')
            per = D['exemplars'][kind].get(s.get('id'), {})
            plans = [d for d in FOLD if d != s.get('doc')]
            vals = [[per.get(c.get('target'), {}).get(d, 0) for d in plans] for c in s['cands']]
            cols.append(np.array([(max(v) if agg == 'max' else np.mean(v)) if v else 0 for v in vals]))
        else: raise KeyError(nm)
    return np.stack(cols, 1)


def groups_for(docs, xf, acceptable_as_negative=False):
    """One choice group per labelled clause: acceptable targets are left out of it (their rank is free), or with
    `acceptable_as_negative` kept as not chosen (a primary must beat them; a clause with only acceptable targets is left out)."""
    G = []
    for s in SRC:
        l = LAB.get(s['id'])
        if not l or l['doc'] not in docs: continue
        if acceptable_as_negative and not l['primary'] and l['acceptable']: continue
        keep = [i for i, c in enumerate(s['cands']) if acceptable_as_negative or c['target'] not in l['acceptable']]
        x = xf(s)
        chosen = [j for j, i in enumerate(keep) if s['cands'][i]['target'] in l['primary']]
        G.append((x[keep] if keep else x[:0], chosen or [-1]))
    return G


def parent_probabilities(pm, pnames, conditional=None):
    """The parent model's probability of each candidate's target for the source's parent (`ancestor`);
    with `conditional` set, the parent's probabilities among the targets only (none left out), to that power."""
    cache = {}
    def anc(s):
        if s['call'] < 0: return np.zeros(len(s['cands']))
        if s['call'] not in cache:
            pseudo = {'cands': [{'x': list(r)} for r in CALLS[s['call']]], 'call': -1, 'text': ''}
            p = probs(pm, derive(pseudo, pnames))
            if conditional is not None:
                p = p ** conditional
                p = p / p.sum()
            cache[s['call']] = p
        p = cache[s['call']]
        return np.array([p[c['idx']] for c in s['cands']])
    return anc


def two_stage(train, feats=BUILD + ['ancestor'], pfeats=BUILD, l2=3, siblings=None, conditional=None, penalise_facts=False, acceptable_as_negative=False):
    """The build's method (train.ts trainWithParent): a parent model, then the model with `ancestor`."""
    pm = fit(groups_for(train, lambda s: derive(s, pfeats), acceptable_as_negative), len(pfeats), l2, free=() if penalise_facts else free_of(pfeats))
    anc = parent_probabilities(pm, pfeats, conditional)
    extra = sibling_feature(pm, pfeats, siblings) if siblings else None
    def xf(s):
        x = derive(s, feats, anc)
        return np.concatenate([x, extra(s)[:, None]], 1) if extra and len(x) else (x if not extra else np.zeros((0, len(feats) + 1)))
    m = fit(groups_for(train, xf, acceptable_as_negative), len(feats) + (1 if extra else 0), l2, free=() if penalise_facts else free_of(feats))
    return lambda s: probs(m, xf(s))


def sibling_feature(pm, pnames, agg):
    """Mean or max over the source's siblings of the parent model's probability of the same target."""
    first = {}
    for s in SRC:
        p = probs(pm, derive(s, pnames))
        first[s['id']] = {c['target']: p[i] for i, c in enumerate(s['cands'])}
    def f(s):
        sibs = [x for x in KIDS.get(s['parent'], []) if x['id'] != s['id']] if s['parent'] else []
        vals = [[first[x['id']].get(c['target'], 0) for x in sibs] for c in s['cands']]
        return np.array([(np.mean(v) if agg == 'mean' else max(v)) if v else 0 for v in vals])
    return f


def shared_weights(train, pfeats=BUILD, l2=3):
    """Weight sharing: the second model reads the parent model's utility and `ancestor` only (two weights and none)."""
    pm = fit(groups_for(train, lambda s: derive(s, pfeats)), len(pfeats), l2)
    anc = parent_probabilities(pm, pfeats)
    def xf(s):
        x = derive(s, pfeats)
        if not len(x): return np.zeros((0, 2))
        return np.stack([((x - pm['mean']) / pm['sd']) @ pm['w'], anc(s)], 1)
    m = fit(groups_for(train, xf), 2, l2)
    return lambda s: probs(m, xf(s))


def average(train, w=0.5):
    a, b = two_stage(train), two_stage(train, feats=BREADTH + ['ancestor'])
    return lambda s: w * a(s) + (1 - w) * b(s)


def breadth_ranked_build_gated(train):
    """Rank by the conceptBreadth model; score the ranked candidates by the build model's probability of linking at all."""
    rank, gate = two_stage(train, feats=BREADTH + ['ancestor']), two_stage(train)
    def score(s):
        r = rank(s)
        return r / r.max() * gate(s).sum() if len(r) else r
    return score


# --- a "none" of its own for each training plan (fixed effects); the held-out plan gets their mean or max ---

def groups_plans(docs, xf):
    """groups_for, with each group's plan."""
    plans = [LAB[s['id']]['doc'] for s in SRC if s['id'] in LAB and LAB[s['id']]['doc'] in docs]
    return groups_for(docs, xf), plans


def plan_nones(train, feats=BUILD + ['ancestor'], pfeats=BUILD, l2=3, agg='mean'):
    def fitted(xf, k):
        groups, plans = groups_plans(train, xf)
        m = fit(groups, k, l2, plans=plans)
        return {**m, 'none': getattr(np, agg)(m['none'])}
    anc = parent_probabilities(fitted(lambda s: derive(s, pfeats), len(pfeats)), pfeats)
    xf = lambda s: derive(s, feats, anc)
    m = fitted(xf, len(feats))
    return lambda s: probs(m, xf(s))


# --- leave one document out ---

def labelled_in(docs): return [l for l in D['labelled'] if l['doc'] in docs]


def scored_of(scorer, docs, only_labelled=True):
    out = {}
    for s in SRC:
        if s['doc'] in docs and (not only_labelled or s['id'] in LAB):
            p = scorer(s)
            out[s['id']] = [(c['target'], p[i]) for i, c in enumerate(s['cands'])]
    return out


DOC_OF = {s['id']: s['doc'] for s in SRC}


def decide_target_relative(scored, thr, nt, r):
    """A link also needs r × the best probability any clause of the plan has for the same target."""
    best = defaultdict(float)
    for s, lst in scored.items():
        for t, p in lst: best[DOC_OF[s], t] = max(best[DOC_OF[s], t], p)
    out = {}
    for s, lst in scored.items():
        top = max([p for _, p in lst], default=0)
        kept = sorted([c for c in lst if c[1] >= thr and c[1] >= r * best[DOC_OF[s], c[0]] and c[1] >= nt * top], key=lambda c: -c[1])
        out[s] = [t for t, _ in kept]
    return out


def loo(method, label, threshold='insample', obj=objective, rs=None, rule=None, **kw):
    rule = rule or decide_target_relative
    pooled, per = {}, []
    for d in DOCS:
        train = [x for x in DOCS if x != d]
        scorer = method(train, **kw)
        if rs is not None:
            thr, nt, r, _ = choose(scored_of(scorer, train, False), labelled_in(train), obj, rule, rs)
            links = {k: v for k, v in rule(scored_of(scorer, [d], False), thr, nt, r).items() if k in LAB}
        else:
            if threshold == 'insample':
                thr, nt, _, _ = choose(scored_of(scorer, train), labelled_in(train), obj)
            else:  # cross-fitted: out-of-fold probabilities on the training plans
                oof = {}
                for d2 in train:
                    oof.update(scored_of(method([x for x in train if x != d2], **kw), [d2]))
                thr, nt, _, _ = choose(oof, labelled_in(train), obj)
            links = decide(scored_of(scorer, [d]), thr, nt)
        pooled.update(links)
        ranked = decide(scored_of(scorer, [d]), -1, 1)
        per.append((figures(labelled_in([d]), links), thr, figures(labelled_in([d]), {k: v[:1] for k, v in ranked.items()})[0]))
    f = figures(D['labelled'], pooled)
    print(f'{label}\n  overall {f[0]:.2f} / {f[1]:.2f} / {f[2]:.2f} ({f[3]})  ' +
          ' | '.join(f'{d} {g[0]:.2f}/{g[1]:.2f}/{g[2]:.2f} at {t:.2f}, best right {r:.2f}' for d, (g, t, r) in zip(DOCS, per)))


def link_or_not(label, top_features, cut=0.5, l2=1.0):
    """Ranking by the build's model, then a separate logistic 'link or not' on the best candidate,
    trained on the training plans' out-of-fold best candidates (right = primary or acceptable)."""
    from scipy.optimize import minimize
    def rows(scorer, docs):
        out = []
        for s in SRC:
            l = LAB.get(s['id'])
            if not l or l['doc'] not in docs or not s['cands']: continue
            p = scorer(s)
            o = np.argsort(-p)
            c = s['cands'][o[0]]
            f = {'p': p[o[0]], 'margin': p[o[0]] - (p[o[1]] if len(o) > 1 else 0), 'logit': np.log(p[o[0]] / (1 - p[o[0]] + 1e-9) + 1e-9)}
            f.update({k: c['x'][FI[k]] for k in NAMES})
            out.append((s['id'], c['target'], [f[k] for k in top_features], c['target'] in l['primary'] + l['acceptable']))
        return out
    pooled = {}
    for d in DOCS:
        train = [x for x in DOCS if x != d]
        X, Y = [], []
        for d2 in train:
            for _, _, x, y in rows(two_stage([x for x in train if x != d2]), [d2]):
                X.append(x); Y.append(float(y))
        X, Y = np.array(X), np.array(Y)
        mu, sd = X.mean(0), X.std(0) + 1e-12
        Z = (X - mu) / sd
        def loss(w):
            p = 1 / (1 + np.exp(-(Z @ w[1:] + w[0])))
            g = np.concatenate([[np.sum(Y - p)], Z.T @ (Y - p)]) - np.concatenate([[0], l2 * w[1:]])
            return -(np.sum(Y * np.log(p + 1e-12) + (1 - Y) * np.log(1 - p + 1e-12)) - 0.5 * l2 * np.sum(w[1:] ** 2)), -g
        w = minimize(loss, np.zeros(X.shape[1] + 1), jac=True, method='L-BFGS-B').x
        for sid, t, x, _ in rows(two_stage(train), [d]):
            q = 1 / (1 + np.exp(-(((np.array(x) - mu) / sd) @ w[1:] + w[0])))
            pooled[sid] = [t] if q >= cut else []
    f = figures(D['labelled'], pooled)
    print(f'{label}\n  overall {f[0]:.2f} / {f[1]:.2f} / {f[2]:.2f} ({f[3]})')


# --- fourth round: the plan's citation of the document above ---

def cites_class(s):
    """Whether the source's plan cites the document above (the `cites` feature, the same on all its candidates)."""
    return 'cites' if s['cands'] and s['cands'][0]['x'][FI['cites']] else 'other'


def relation_nones(train, feats=BUILD + ['ancestor'], pfeats=BUILD, l2=3):
    """A none of its own, fitted freely, for citing plans and the others (what the unshrunk `cites` weight amounts to)."""
    pm = fit(groups_for(train, lambda s: derive(s, pfeats)), len(pfeats), l2)
    anc = parent_probabilities(pm, pfeats)
    xf = lambda s: derive(s, feats, anc)
    classes = [cites_class(s) for s in SRC if s['id'] in LAB and LAB[s['id']]['doc'] in train]
    m = fit(groups_for(train, xf), len(feats), l2, plans=classes)
    nones = dict(zip(sorted(set(classes)), m['none']))
    return lambda s: probs({**m, 'none': nones[cites_class(s)]}, xf(s))


PRIOR = {}


def with_target_prior(train, feats, pfeats=BUILD, **kw):
    """A target's share of the training plans' primary links (log, smoothed) as a feature: how often readers take it up."""
    counts, n = defaultdict(float), 0
    for l in labelled_in(train):
        n += 1
        for t in l['primary']: counts[t] += 1
    PRIOR.clear()
    PRIOR.update({t: np.log((c + 0.5) / (n + 1)) for t, c in counts.items()})
    PRIOR[None] = np.log(0.5 / (n + 1))
    return two_stage(train, feats=feats, pfeats=pfeats, **kw)


def section_agreement(train, how='parent', feats=None, pfeats=BUILD, l2=3):
    """+ how much the source's section-mates (same parent, or same top-level section) choose, by the first model,
    targets in the candidate's national section: county sections mostly carry out one national section."""
    feats = feats or THE_BUILD
    section = lambda t: t.rsplit('.', 1)[0] if '.' in t.split('/')[-1] else t.split('/')[0]
    def group_of(s):
        return s['parent'] if how == 'parent' else s['doc'] + '/' + s['id'].split('/')[-1].split('.')[0]
    pm = fit(groups_for(train, lambda s: derive(s, pfeats)), len(pfeats), l2)
    first, groups = {}, defaultdict(list)
    for s in SRC:
        mass = defaultdict(float)
        for c, v in zip(s['cands'], probs(pm, derive(s, pfeats))): mass[section(c['target'])] += v
        first[s['id']] = mass
        groups[group_of(s)].append(s['id'])
    def agree(s):
        mates = [x for x in groups[group_of(s)] if x != s['id']]
        return np.array([sum(first[x].get(section(c['target']), 0) for x in mates) / len(mates) if mates else 0 for c in s['cands']])
    anc = parent_probabilities(pm, pfeats)
    def xf(s):
        x = derive(s, feats, anc)
        return np.concatenate([x, agree(s)[:, None]], 1) if len(x) else np.zeros((0, len(feats) + 1))
    m = fit(groups_for(train, xf), len(feats) + 1, l2, free=free_of(feats))
    return lambda s: probs(m, xf(s))


def decide_plus(also):
    """decide, and a runner-up also when also(parameter, source, ranked candidates, target, probability) holds."""
    def rule(scored, thr, nt, parameter):
        out = {}
        for s, lst in scored.items():
            k = sorted(lst, key=lambda c: -c[1])
            out[s] = [k[0][0]] + [t for t, p in k[1:] if (p >= thr and p >= nt * k[0][1]) or also(parameter, s, k, t, p)] if k and k[0][1] >= thr else []
        return out
    return rule


# A runner-up that is likely given that the clause does not choose the first: p / (1 - p1) >= t2 (t2 < 0: never).
decide_second = decide_plus(lambda t2, s, k, t, p: t2 >= 0 and p / max(1e-12, 1 - k[0][1]) >= t2)
# A runner-up whose sum is at least rho × the best's (rho 0: never): the choice model sets close candidates far apart.
SUMS = {x['id']: {c['target']: c['x'][FI['sum']] for c in x['cands']} for x in SRC}
decide_raw_second = decide_plus(lambda rho, s, k, t, p: rho > 0 and SUMS[s][t] >= rho * SUMS[s][k[0][0]])


def bidirectional(train, gamma=0.5, feats=BUILD + ['ancestor'], pfeats=BUILD, l2=3):
    """p(target | clause)^(1 - gamma) × q(clause | target)^gamma, q the target's choice among the plan's clauses and none."""
    pm = fit(groups_for(train, lambda s: derive(s, pfeats)), len(pfeats), l2)
    anc = parent_probabilities(pm, pfeats)
    xf = lambda s: derive(s, feats, anc)
    m = fit(groups_for(train, xf), len(feats), l2)
    util = lambda s: ((xf(s) - m['mean']) / m['sd']) @ m['w']
    q = {}
    for doc in {s['doc'] for s in SRC}:
        by_target = defaultdict(list)
        for s in SRC:
            if s['doc'] == doc and s['cands']:
                for c, u in zip(s['cands'], util(s)): by_target[c['target']].append((s['id'], u))
        for t, lst in by_target.items():
            us = np.array([u for _, u in lst])
            top = max(m['none'], us.max())
            e = np.exp(us - top)
            for (sid, _), v in zip(lst, e / (e.sum() + np.exp(m['none'] - top))): q[sid, t] = v
    def score(s):
        p = probs(m, xf(s))
        return p ** (1 - gamma) * np.array([q[s['id'], c['target']] for c in s['cands']]) ** gamma if len(p) else p
    return score


def half_curated(label, feats=None):
    """What curating half of a plan buys the other half: each plan's labelled clauses split by the parity of their
    position; one half is predicted by a model trained on the other plans, with or without the plan's other half
    (as curated decisions read as labels, annotations.ts curatedLabels)."""
    feats = feats or THE_BUILD
    half = {}
    for d in DOCS:
        for i, l in enumerate(labelled_in([d])): half[l['source']] = i % 2
    for with_half in (False, True):
        pooled = {}
        for d in DOCS:
            for h in (0, 1):
                train = [l for l in D['labelled'] if l['doc'] != d or (with_half and half[l['source']] != h)]
                kept = dict(LAB)
                LAB.clear(); LAB.update({l['source']: l for l in train})
                docs = list({l['doc'] for l in train})
                scorer = two_stage(docs, feats=feats)
                thr, nt, _, _ = choose(scored_of(scorer, docs), train, lambda f: objective(f, 0.88))
                LAB.clear(); LAB.update(kept)
                test = {l['source'] for l in labelled_in([d]) if half[l['source']] == h}
                pooled.update(decide({k: v for k, v in scored_of(scorer, [d]).items() if k in test}, thr, nt))
        f = figures(D['labelled'], pooled)
        print(f'{label}: {"with" if with_half else "without"} the plan\'s other half\n  overall {f[0]:.2f} / {f[1]:.2f} / {f[2]:.2f} ({f[3]})  ' +
              ' | '.join(f"{d} %.2f/%.2f/%.2f" % figures(labelled_in([d]), pooled)[:3] for d in DOCS))

# --- fifth round: exemplars, the annotators' own wording of each target in the other plans ---

FOLD = []


def with_exemplars(train, **kw):
    """The build's two stages, exemplar features read against the training plans other than the source's own."""
    FOLD[:] = train
    return two_stage(train, **kw)

B, BB = BUILD + ['ancestor'], BREADTH + ['ancestor']
THE_BUILD = ['sum', 'words', 'conceptBreadth', 'ancestor', 'cites']
precision_weighted = lambda lam: (lambda f: f[0] + f[1] + lam * f[2])
VARIANTS = [
    ("the third round's build", lambda: loo(two_stage, "the third round's build")),
    ('conceptBreadth in the second model', lambda: loo(two_stage, 'conceptBreadth in the second model', feats=BB)),
    ('cross-fitted threshold: build', lambda: loo(two_stage, 'cross-fitted threshold: build', threshold='crossfit')),
    ('cross-fitted threshold: conceptBreadth', lambda: loo(two_stage, 'cross-fitted threshold: conceptBreadth', threshold='crossfit', feats=BB)),
    ('cross-fitted threshold: conceptBreadth ranks, the build gates', lambda: loo(breadth_ranked_build_gated, 'cross-fitted threshold: conceptBreadth ranks, the build gates', threshold='crossfit')),
    ('cross-fitted threshold: conceptBreadth + titleWords titleConcept', lambda: loo(two_stage, 'cross-fitted threshold: conceptBreadth + titleWords titleConcept', threshold='crossfit', feats=BB + ['titleWords', 'titleConcept'])),
    ('cross-fitted threshold: conceptBreadth + margin:concept', lambda: loo(two_stage, 'cross-fitted threshold: conceptBreadth + margin:concept', threshold='crossfit', feats=BB + ['margin:concept'])),
    ('cross-fitted threshold: build + titleWords', lambda: loo(two_stage, 'cross-fitted threshold: build + titleWords', threshold='crossfit', feats=B + ['titleWords'])),
    *[(f'clause-level {e}: {n}', (lambda e=e, n=n, f=f: loo(two_stage, f'clause-level {e}: {n}', feats=f + [e])))
      for e in ['max:words', 'max:sum', 'max:concept', 'hasparent', 'len', 'ncand', 'ancmax', 'margin:words', 'margin:sum', 'margin:concept', 'isbest:words', 'share:words']
      for n, f in [('build', B), ('conceptBreadth', BB)]],
    *[(f'target-relative r {rl}: {n}', (lambda r=r, rl=rl, n=n, f=f: loo(two_stage, f'target-relative r {rl}: {n}', rs=r, feats=f)))
      for r, rl in [((0, 0.2, 0.3, 0.4, 0.5, 0.6), 'chosen'), ((0.3,), '0.3'), ((0.4,), '0.4'), ((0.5,), '0.5'), ((0.6,), '0.6')] for n, f in [('build', B), ('conceptBreadth', BB)]],
    ('weight sharing: build', lambda: loo(shared_weights, 'weight sharing: build')),
    ('weight sharing: conceptBreadth', lambda: loo(shared_weights, 'weight sharing: conceptBreadth', pfeats=BREADTH)),
    *[(f'conceptBreadth L2 {l2}', (lambda l2=l2: loo(two_stage, f'conceptBreadth L2 {l2}', feats=BB, l2=l2))) for l2 in [1, 10, 30]],
    ('concept and conceptBreadth in both models', lambda: loo(two_stage, 'concept and conceptBreadth in both models', feats=['sum', 'words', 'concept', 'conceptBreadth', 'novelty', 'ancestor'], pfeats=['sum', 'words', 'concept', 'conceptBreadth', 'novelty'])),
    *[(f'ancestor conditional on linking, power {p}: {n}', (lambda p=p, n=n, f=f: loo(two_stage, f'ancestor conditional on linking, power {p}: {n}', feats=f, conditional=p)))
      for p in [1, 2] for n, f in [('build', B), ('conceptBreadth', BB)]],
    *[(f'siblings {a}: {n}', (lambda a=a, n=n, f=f: loo(two_stage, f'siblings {a}: {n}', feats=f, siblings=a))) for a in ['mean', 'max'] for n, f in [('build', B), ('conceptBreadth', BB)]],
    *[(f'average of build and conceptBreadth, w {w}', (lambda w=w: loo(average, f'average of build and conceptBreadth, w {w}', w=w))) for w in [0.3, 0.5, 0.7]],
    ('conceptBreadth ranks, the build gates', lambda: loo(breadth_ranked_build_gated, 'conceptBreadth ranks, the build gates')),
    *[(f'precision bar {b}: conceptBreadth', (lambda b=b: loo(two_stage, f'precision bar {b}: conceptBreadth', feats=BB, obj=lambda f: objective(f, b)))) for b in [0.88, 0.9, 0.93]],
    *[(f'top-1 + recall + {lam} precision: {n}', (lambda lam=lam, n=n, f=f: loo(two_stage, f'top-1 + recall + {lam} precision: {n}', feats=f, obj=precision_weighted(lam))))
      for lam in [1, 2, 3, 4] for n, f in [('build', B), ('conceptBreadth', BB)]],
    *[(f'link or not on {tf}, cut {c}', (lambda tf=tf, c=c: link_or_not(f'link or not on {tf}, cut {c}', tf, c)))
      for tf in [['p'], ['logit'], ['p', 'margin'], ['p', 'words', 'concept'], ['p', 'titleWords', 'titleConcept'], ['p', 'novelty', 'words', 'concept', 'titleWords']] for c in [0.4, 0.5, 0.6]],
    *[(f'+ {e}: {n}{" (parent model too)" if both else ""}', (lambda e=e, n=n, f=f, both=both: loo(two_stage, f'+ {e}: {n}{" (parent model too)" if both else ""}', feats=f + ['ancestor'] + e, pfeats=f + e if both else BUILD)))
      for e in [['titleWords'], ['titleConcept'], ['titleWords', 'titleConcept'], ['coverage'], ['uncovered'], ['coverage', 'uncovered'], ['margin:coverage']]
      for n, f in [('build', BUILD), ('conceptBreadth', BREADTH)] for both in [False, True]],
    *[(f'a none per training plan, the held-out plan gets their {a}: {n}', (lambda a=a, n=n, f=f: loo(plan_nones, f'a none per training plan, the held-out plan gets their {a}: {n}', agg=a, feats=f)))
      for a in ['mean', 'max'] for n, f in [('build', B), ('conceptBreadth', BB)]],
    ('uncovered for novelty', lambda: loo(two_stage, 'uncovered for novelty', feats=['sum', 'words', 'concept', 'uncovered', 'ancestor'], pfeats=['sum', 'words', 'concept', 'uncovered'])),
    ("fourth round: the build's model (cites), bar 0.85", lambda: loo(two_stage, "fourth round: the build's model (cites), bar 0.85", feats=THE_BUILD)),
    ('fourth round: cites shrunk like the other weights', lambda: loo(two_stage, 'fourth round: cites shrunk like the other weights', feats=THE_BUILD, penalise_facts=True)),
    *[(f'fourth round: a none per relation class, fitted freely: {n}', (lambda n=n, f=f: loo(relation_nones, f'fourth round: a none per relation class, fitted freely: {n}', feats=f)))
      for n, f in [('previous build', B), ('conceptBreadth', BB)]],
    *[(f'fourth round: build, precision bar {b}', (lambda b=b: loo(two_stage, f'fourth round: build, precision bar {b}', feats=THE_BUILD, obj=lambda f: objective(f, b)))) for b in [0.88, 0.9]],
    *[(f'fourth round: build + {e}', (lambda e=e: loo(two_stage, f'fourth round: build + {e}', feats=THE_BUILD + [e]))) for e in ['heading', 'section', 'conceptEvidence', 'margin:concept', 'titleConcept']],
    ('fourth round: build, a second link likely given not the first', lambda: loo(two_stage, 'fourth round: build, a second link likely given not the first', feats=THE_BUILD, obj=lambda f: objective(f, 0.88), rs=(-1, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9), rule=decide_second)),
    *[(f'fourth round: build (bar 0.88) + {e}', (lambda e=e: loo(two_stage, f'fourth round: build (bar 0.88) + {e}', feats=THE_BUILD + [e], obj=lambda f: objective(f, 0.88))))
      for e in ['section', 'order', 'contrast', 'parent', 'relative', 'context', 'cosine']],
    *[(f'fourth round: build (bar 0.88), parent model on {" ".join(p)}', (lambda p=p: loo(two_stage, f'fourth round: build (bar 0.88), parent model on {" ".join(p)}', feats=THE_BUILD, pfeats=p, obj=lambda f: objective(f, 0.88))))
      for p in [BREADTH, ['sum', 'words', 'concept'], BUILD + ['titleWords'], BUILD + ['conceptBreadth']]],
    *[(f'fourth round: build (bar 0.88) + section agreement, mates by {h}', (lambda h=h: loo(section_agreement, f'fourth round: build (bar 0.88) + section agreement, mates by {h}', how=h, obj=lambda f: objective(f, 0.88))))
      for h in ['parent', 'top-level section']],
    ('fourth round: build, a runner-up close in sum (rho chosen)', lambda: loo(two_stage, 'fourth round: build, a runner-up close in sum (rho chosen)', feats=THE_BUILD, obj=lambda f: objective(f, 0.88), rs=(0, 0.85, 0.9, 0.95), rule=decide_raw_second)),
    *[(f'fourth round: build, a runner-up close in sum (rho {r})', (lambda r=r: loo(two_stage, f'fourth round: build, a runner-up close in sum (rho {r})', feats=THE_BUILD, obj=lambda f: objective(f, 0.88), rs=(r,), rule=decide_raw_second))) for r in (0.85, 0.9, 0.95)],
    ('fourth round: build (bar 0.88), acceptable targets as not chosen in training', lambda: loo(two_stage, 'fourth round: build (bar 0.88), acceptable targets as not chosen in training', feats=THE_BUILD, acceptable_as_negative=True, obj=lambda f: objective(f, 0.88))),
    ('fourth round: half of each plan curated', lambda: half_curated('fourth round: half of each plan curated')),
    ('fourth round: build + target prior', lambda: loo(with_target_prior, 'fourth round: build + target prior', feats=THE_BUILD + ['prior'], obj=lambda f: objective(f, 0.88))),
    *[(f'fifth round: build + exemplar {k} {a}', (lambda k=k, a=a: loo(with_exemplars, f'fifth round: build + exemplar {k} {a}', feats=THE_BUILD + [f'exemplar:{k}:{a}'], obj=lambda f: objective(f, 0.88))))
      for k in ['words', 'bigrams', 'concepts'] for a in ['max', 'mean']],
    *[(f'fifth round: build + {e}', (lambda e=e: loo(two_stage, f'fifth round: build + {e}', feats=THE_BUILD + [e], obj=lambda f: objective(f, 0.88)))) for e in ['conceptCoverage', 'margin:conceptCoverage']],
    ('fifth round: build, conceptCoverage for conceptBreadth', lambda: loo(two_stage, 'fifth round: build, conceptCoverage for conceptBreadth', feats=['sum', 'words', 'conceptCoverage', 'ancestor', 'cites'], obj=lambda f: objective(f, 0.88))),
    *[(f'fifth round: build + siblings {a}', (lambda a=a: loo(two_stage, f'fifth round: build + siblings {a}', feats=THE_BUILD, siblings=a, obj=lambda f: objective(f, 0.88)))) for a in ['mean', 'max']],
    *[(f'fourth round: bidirectional, gamma {g}: {n}', (lambda g=g, n=n, f=f: loo(bidirectional, f'fourth round: bidirectional, gamma {g}: {n}', gamma=g, feats=f)))
      for g in [0.2, 0.35, 0.5] for n, f in [('previous build', B), ('build', THE_BUILD)]],
]

if __name__ == '__main__':
    words = sys.argv[1:]
    for name, run in VARIANTS:
        if not words or any(w in name for w in words):
            run()
