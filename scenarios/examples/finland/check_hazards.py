"""Arithmetic behind Suomi2023.rules (README.md, "Numbers"): survival, mean spell, steady-state
inflow (Little's law), long-term share of the stock, and the volume of scheduled supplementary
discussions under Pohjoismainen2022. Plain Python 3, no packages: python3 check_hazards.py

The model splits Monialainen, Lomautettu and Osittain by benefit (its cohorts all key on the
same facts); the parts share their group's hazards, so the arithmetic is the group's."""

COHORTS = {  # name: (hazard pieces [(from_week, until_week or None, weekly hazard)], stock)
    "TyotonAnsio": ([(0, 13, 0.052), (13, 52, 0.032), (52, None, 0.025)], 88000),
    "TyotonPerus": ([(0, 13, 0.050), (13, 52, 0.025), (52, None, 0.015)], 22000),
    "TyotonTmt": ([(0, 13, 0.045), (13, 52, 0.018), (52, None, 0.009)], 102000),
    "Monialainen": ([(0, None, 0.008)], 15000),
    "Lomautettu": ([(0, 4, 0.15), (4, 13, 0.08), (13, None, 0.03)], 19000),
    "Osittain": ([(0, None, 0.03)], 45500),
}
UNEMPLOYED = ("TyotonAnsio", "TyotonPerus", "TyotonTmt", "Monialainen", "Lomautettu")
TYOTON = ("TyotonAnsio", "TyotonPerus", "TyotonTmt")
WEEKS = 3000


def survival(pieces):
    h = [0.0] * WEEKS
    for start, until, value in pieces:
        for w in range(start, until if until is not None else WEEKS):
            h[w] = value
    s = [1.0]
    for w in range(WEEKS - 1):
        s.append(s[-1] * (1 - h[w]))
    return s  # s[w]: share still on benefit at the start of spell week w


def main():
    stock = lt = inflow_all = reach13 = inflow_tyoton = 0.0
    supp = repeat = 0.0
    print("cohort        mean  inflow/yr  S13   S52   S80   12+m share")
    for name, (pieces, n) in COHORTS.items():
        s = survival(pieces)
        mean = sum(s)
        inflow = n / mean * 52
        share = sum(s[52:]) / mean
        print(f"{name:12s} {mean:5.0f} {inflow:10,.0f} {s[13]:.2f}  {s[52]:.2f}  {s[80]:.2f}  {share:.0%}")
        if name in UNEMPLOYED:
            stock += n
            lt += n * share
            inflow_all += inflow
        if name in TYOTON:
            reach13 += inflow * s[13]
            inflow_tyoton += inflow
            supp += inflow * sum(s[w] for w in (2, 4, 6, 8, 10))
            repeat += inflow * sum(s[w] for w in list(range(28, WEEKS, 26)) + list(range(30, WEEKS, 26)))
    print(f"unemployed stock {stock:,.0f}; 12+ months {lt / stock:.1%} (TEM 8/2023: 36%); "
          f"inflow {inflow_all:,.0f}; S13 of Tyoton inflow {reach13 / inflow_tyoton:.2f} (Akava: ~0.5)")
    hours = (supp + repeat) * (30 + 15 + 15) / 60
    print(f"scheduled supplementary {supp:,.0f} + repeat {repeat:,.0f} a year = {hours:,.0f} h "
          f"= {hours / 1600:,.0f} FTE at 1,600 h = {hours * 37.5 / 1e6:.1f} M EUR at 37.5 EUR/h "
          f"(TyVM 9/2025 vp: the reform saves 572 FTE)")


if __name__ == "__main__":
    main()
