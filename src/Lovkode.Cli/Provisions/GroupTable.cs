using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// Classification by table: the groups' conditions read only a few facts (benefit, readiness,
/// age, …), so every combination of their values within the domain's ranges is classified once,
/// when the regime is made, and <see cref="Classify"/> is an index computation. A citizen with a
/// value outside those ranges is classified by testing the conditions in order, as without the
/// table. Without a table (the facts' ranges multiply past <see cref="MaxCells"/>) every citizen is.
/// </summary>
internal sealed class GroupTable
{
    /// <summary>The most cells a table may have (two bytes each).</summary>
    public const int MaxCells = 1 << 17;

    private readonly FactTest[] _groups;
    private readonly int[] _slots = [];
    private readonly int[] _min = [];
    private readonly int[] _size = [];
    private readonly short[]? _cells;

    public GroupTable(BoundDomain domain, BoundRegime regime)
    {
        _groups = regime.Groups.Select(g => FactTests.Of(g.Condition)).ToArray();
        var slots = new SortedSet<int>();
        foreach (var g in regime.Groups) Slots(g.Condition, slots);
        var facts = slots.Select(s => domain.Facts.FirstOrDefault(f => f.Slot == s)).ToList();
        if (facts.Any(f => f is null)) return;
        long cells = 1;
        foreach (var f in facts)
        {
            cells *= (long)f!.Max - f.Min + 1;
            if (cells > MaxCells) return;
        }
        _slots = [.. slots];
        _min = facts.Select(f => f!.Min).ToArray();
        _size = facts.Select(f => f!.Max - f.Min + 1).ToArray();
        _cells = new short[cells];
        var citizen = new Citizen();
        for (var cell = 0; cell < cells; cell++)
        {
            var rest = cell;
            for (var i = _slots.Length - 1; i >= 0; i--)
            {
                citizen[_slots[i]] = _min[i] + (rest % _size[i]);
                rest /= _size[i];
            }
            _cells[cell] = (short)InOrder(in citizen);
        }
    }

    public bool HasTable => _cells is not null;

    public int Classify(in Citizen citizen)
    {
        if (_cells is null) return InOrder(in citizen);
        var cell = 0;
        for (var i = 0; i < _slots.Length; i++)
        {
            var offset = citizen[_slots[i]] - _min[i];
            if ((uint)offset >= (uint)_size[i]) return InOrder(in citizen);
            cell = (cell * _size[i]) + offset;
        }
        return _cells[cell];
    }

    /// <summary>The first group whose condition holds, or -1: the generated Classify's answer (the compiler has checked that exactly one holds).</summary>
    private int InOrder(in Citizen citizen)
    {
        for (var g = 0; g < _groups.Length; g++)
        {
            if (_groups[g](in citizen)) return g;
        }
        return -1;
    }

    private static void Slots(BoundExpr expr, ISet<int> slots)
    {
        switch (expr)
        {
            case BoundCompare c: slots.Add(c.Slot); break;
            case BoundInSet s: slots.Add(s.Slot); break;
            case BoundNot n: Slots(n.Operand, slots); break;
            case BoundAnd a: Slots(a.Left, slots); Slots(a.Right, slots); break;
            case BoundOr o: Slots(o.Left, slots); Slots(o.Right, slots); break;
        }
    }
}
