using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>Small random fact domains and conditions, driven by a seed, with a brute-force enumerator to check the analysis against.</summary>
internal sealed class RandomDomains
{
    private readonly Random _random;

    public RandomDomains(int seed) => _random = new Random(seed);

    public BoundDomain Domain()
    {
        var facts = new List<BoundFact>();
        var enums = new List<BoundEnum>();
        var count = _random.Next(1, 5);
        for (var slot = 0; slot < count; slot++)
        {
            switch (_random.Next(4))
            {
                case 0:
                    var members = _random.Next(2, 5);
                    enums.Add(Enum("E" + slot, Enumerable.Range(0, members).Select(m => "m" + m).ToArray()));
                    facts.Add(new BoundFact("f" + slot, slot, FactType.Enum, "E" + slot, 0, members - 1, null, At(1)));
                    break;
                case 1:
                    facts.Add(new BoundFact("f" + slot, slot, FactType.Bool, null, 0, 1, null, At(1)));
                    break;
                case 2:
                    var min = _random.Next(0, 4);
                    facts.Add(new BoundFact("f" + slot, slot, FactType.Number, null, min, min + _random.Next(0, 7), null, At(1)));
                    break;
                default:
                    var first = SpecDate.FromDateTime(new DateTime(2024, 1, 1)) + _random.Next(0, 10);
                    facts.Add(new BoundFact("f" + slot, slot, FactType.Date, null, first, first + _random.Next(0, 5), null, At(1)));
                    break;
            }
        }
        return new BoundDomain("R", null, enums.ToEquatableArray(), facts.ToEquatableArray(), EquatableArray<BoundNamed>.Empty, EquatableArray<BoundNamed>.Empty, At(1));
    }

    public BoundExpr Condition(BoundDomain domain, int depth)
    {
        if (depth <= 0 || _random.Next(3) == 0) return Atom(domain);
        return _random.Next(4) switch
        {
            0 => Not(Condition(domain, depth - 1)),
            1 => Or(Condition(domain, depth - 1), Condition(domain, depth - 1)),
            _ => And(Condition(domain, depth - 1), Condition(domain, depth - 1)),
        };
    }

    private BoundExpr Atom(BoundDomain domain)
    {
        if (_random.Next(12) == 0) return new BoundLiteral(_random.Next(2) == 0, At(0));
        var fact = domain.Facts[_random.Next(domain.Facts.Count)];
        int Constant() => _random.Next(fact.Min - 1, fact.Max + 2);
        if (_random.Next(4) == 0)
        {
            var values = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Constant()).Distinct().OrderBy(v => v).ToEquatableArray();
            return new BoundInSet(fact.Slot, values, _random.Next(2) == 0, At(0));
        }
        return new BoundCompare(fact.Slot, (CompareOp)_random.Next(6), Constant(), At(0));
    }

    public int Next(int min, int max) => _random.Next(min, max);

    /// <summary>Every citizen of the domain, fact by fact: the reference the analysis must agree with.</summary>
    public static IEnumerable<Dictionary<int, int>> AllCitizens(BoundDomain domain)
    {
        IEnumerable<Dictionary<int, int>> From(int index)
        {
            if (index == domain.Facts.Count)
            {
                yield return new Dictionary<int, int>();
                yield break;
            }
            var fact = domain.Facts[index];
            foreach (var rest in From(index + 1).ToList())
            {
                for (var v = fact.Min; v <= fact.Max; v++)
                {
                    yield return new Dictionary<int, int>(rest) { [fact.Slot] = v };
                }
            }
        }
        return From(0);
    }

    /// <summary>Reads back a witness printed as <c>f0=m1 f1=true …</c>; facts it leaves out take their minimum.</summary>
    public static Dictionary<int, int> ParseWitness(BoundDomain domain, string text)
    {
        var facts = domain.Facts.ToDictionary(f => f.Slot, f => f.Min);
        foreach (var part in text.Split(' ').TakeWhile(p => p.Contains('=')))
        {
            var pieces = part.Split('=');
            var fact = domain.Facts.Single(f => f.Name == pieces[0]);
            facts[fact.Slot] = fact.Type switch
            {
                FactType.Bool => pieces[1] == "true" ? 1 : 0,
                FactType.Enum => domain.Enums.Single(e => e.Name == fact.EnumName).Members.Select(m => m.Name).ToList().IndexOf(pieces[1]),
                FactType.Date => SpecDate.TryParse(pieces[1], out var day) ? day : throw new FormatException(pieces[1]),
                _ => int.Parse(pieces[1], System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        return facts;
    }
}
