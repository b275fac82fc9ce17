#!/usr/bin/python3
"""Reference values for the statistics of @smesec/survey, computed with scipy.

Run with Debian's python3-scipy (apt-get install python3-scipy):
    /usr/bin/python3 scripts/stats-reference.py > packages/survey/src/stats/reference.json
The test packages/survey/src/stats/stats.test.ts checks every value against this file.
"""
import json
import math

import numpy as np
from scipy import stats

Z95 = stats.norm.ppf(0.975)


def wilson(count, n, z=Z95):
    """Wilson score interval in percent (Wilson 1927), as statsmodels' proportion_confint(method='wilson')."""
    p = count / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return [100 * max(0.0, centre - half), 100 * min(1.0, centre + half)]


chi_square = []
for counts in [
    [[12, 5], [7, 18]],
    [[20, 15, 10], [5, 25, 30], [10, 10, 10]],
    [[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8]],  # many expected counts below 5
    [[120, 90, 40, 10], [80, 110, 60, 30]],
]:
    res = stats.chi2_contingency(np.array(counts), correction=False)
    chi_square.append({
        'counts': counts,
        'statistic': float(res.statistic),
        'df': int(res.dof),
        'p': float(res.pvalue),
        'expected': res.expected_freq.tolist(),
        'lowExpected': float(np.mean(res.expected_freq < 5)),
    })

fisher = []
for counts in [[[8, 2], [1, 5]], [[3, 1], [1, 3]], [[10, 10], [10, 10]], [[0, 5], [6, 2]], [[25, 14], [9, 30]]]:
    for alternative in ['two-sided', 'less', 'greater']:
        res = stats.fisher_exact(counts, alternative=alternative)
        fisher.append({'counts': counts, 'alternative': alternative, 'oddsRatio': float(res.statistic), 'p': float(res.pvalue)})

# Column proportions: pooled two-proportion z test of every pair of columns in each row,
# Bonferroni over the pairs of the row (SPSS "compare column proportions").
cp_counts = [[30, 12, 20], [10, 25, 15], [10, 13, 25]]
col_totals = np.array(cp_counts).sum(axis=0)
column_proportions = []
for r, row in enumerate(cp_counts):
    pairs = []
    for a in range(3):
        for b in range(a + 1, 3):
            pa, pb = row[a] / col_totals[a], row[b] / col_totals[b]
            pooled = (row[a] + row[b]) / (col_totals[a] + col_totals[b])
            z = (pa - pb) / math.sqrt(pooled * (1 - pooled) * (1 / col_totals[a] + 1 / col_totals[b]))
            pairs.append({'row': r, 'a': a, 'b': b, 'z': z, 'p': float(2 * stats.norm.sf(abs(z)))})
    for pair in pairs:
        pair['pAdjusted'] = min(1.0, pair['p'] * len(pairs))
    column_proportions.extend(pairs)

# Weighted tables: a small sample with design weights.
rng = np.random.default_rng(17)
n = 120
g = rng.choice(['a', 'b', 'c'], size=n, p=[0.5, 0.3, 0.2])
y = np.where(rng.random(n) < np.where(g == 'a', 0.6, np.where(g == 'b', 0.35, 0.2)), 'yes', np.where(rng.random(n) < 0.7, 'no', 'maybe'))
w = np.round(rng.uniform(0.4, 2.6, size=n), 3)
wsum = float(w.sum())
kish = wsum ** 2 / float((w ** 2).sum())
weighted_items = []
for code in ['yes', 'no', 'maybe']:
    share = float(w[y == code].sum()) / wsum
    weighted_items.append({'code': code, 'count': float(w[y == code].sum()), 'pct': 100 * share, 'ci': wilson(share * kish, kish)})
cells = np.array([[w[(g == gc) & (y == yc)].sum() for yc in ['yes', 'no', 'maybe']] for gc in ['a', 'b', 'c']])
scaled = cells * kish / wsum
wchi = stats.chi2_contingency(scaled, correction=False)
weighted = {
    'g': g.tolist(),
    'y': y.tolist(),
    'w': w.tolist(),
    'sum': wsum,
    'effectiveN': kish,
    'items': weighted_items,
    'cells': cells.tolist(),
    'chiSquare': {'statistic': float(wchi.statistic), 'df': int(wchi.dof), 'p': float(wchi.pvalue)},
}

print(json.dumps({
    'generator': 'scripts/stats-reference.py with scipy ' + __import__('scipy').__version__,
    'chiSquare': chi_square,
    'fisher': fisher,
    'columnProportions': {'counts': cp_counts, 'pairs': column_proportions},
    'weighted': weighted,
}, indent=1))
