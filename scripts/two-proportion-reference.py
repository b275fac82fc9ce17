#!/usr/bin/python3
"""Reference values of the pooled two-proportion z-test for packages/survey/src/stats/two-proportion-test.test.ts.

Run with Debian's python3-scipy: /usr/bin/python3 scripts/two-proportion-reference.py
The statistic is computed from its definition and the two-sided p from scipy's normal survival
function, independently of the TypeScript code.
"""
import json
from math import sqrt
from scipy.stats import norm

CASES = [(50, 221, 66, 221), (12, 100, 30, 120), (3, 35, 1, 35), (0, 10, 5, 12), (40, 80, 40, 80), (1, 2000, 9, 2100)]
out = []
for k1, n1, k2, n2 in CASES:
    p1, p2 = k1 / n1, k2 / n2
    pooled = (k1 + k2) / (n1 + n2)
    se = sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (p2 - p1) / se
    out.append({"k1": k1, "n1": n1, "k2": k2, "n2": n2, "z": z, "p": 2 * norm.sf(abs(z)), "diff": 100 * (p2 - p1)})
print(json.dumps(out, indent=2))
