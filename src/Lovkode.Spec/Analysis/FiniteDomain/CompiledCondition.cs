using System.Collections.Generic;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.FiniteDomain;

/// <summary>
/// A condition with its facts resolved to positions of a <see cref="FactPartition"/>, evaluated
/// in three-valued logic over a partial assignment of value classes (-1 = not yet chosen).
/// Evaluation also names a fact worth branching on when the verdict is still open.
/// </summary>
internal abstract class CompiledCondition
{
    public abstract Truth Evaluate(int[] chosen, FactPartition partition, out int branchPosition);

    public static CompiledCondition Compile(BoundExpr expr, FactPartition partition) => expr switch
    {
        BoundLiteral l => new Constant(l.Value),
        BoundCompare c => Atom.Tabulate(partition, c.Slot, v => Compare(v, c.Op, c.Value)),
        BoundInSet s => Atom.Tabulate(partition, s.Slot, InSet(s)),
        BoundNot n => new Not(Compile(n.Operand, partition)),
        BoundAnd a => new And(Compile(a.Left, partition), Compile(a.Right, partition)),
        BoundOr o => new Or(Compile(o.Left, partition), Compile(o.Right, partition)),
        // An unknown node kind cannot be decided; treat it as never true rather than guess.
        _ => new Constant(false),
    };

    internal static bool Compare(int value, CompareOp op, int constant) => op switch
    {
        CompareOp.Equal => value == constant,
        CompareOp.NotEqual => value != constant,
        CompareOp.Less => value < constant,
        CompareOp.LessOrEqual => value <= constant,
        CompareOp.Greater => value > constant,
        _ => value >= constant,
    };

    private static System.Func<int, bool> InSet(BoundInSet s)
    {
        var set = new HashSet<int>(s.Values);
        return s.Negated ? v => !set.Contains(v) : v => set.Contains(v);
    }

    private sealed class Constant : CompiledCondition
    {
        private readonly Truth _value;

        public Constant(bool value) => _value = value ? Truth.True : Truth.False;

        public override Truth Evaluate(int[] chosen, FactPartition partition, out int branchPosition)
        {
            branchPosition = -1;
            return _value;
        }
    }

    /// <summary>A comparison, tabulated once per value class: the search then only looks its answer up.</summary>
    private sealed class Atom : CompiledCondition
    {
        private readonly int _position;
        private readonly bool[] _holds;

        private Atom(int position, bool[] holds)
        {
            _position = position;
            _holds = holds;
        }

        public static Atom Tabulate(FactPartition partition, int slot, System.Func<int, bool> test)
        {
            var position = partition.PositionOf(slot);
            var classes = partition.Classes[position];
            var holds = new bool[classes.Length];
            // Every value of a class gives the same answer, so its lower bound stands for all.
            for (var i = 0; i < classes.Length; i++) holds[i] = test(classes[i].Lo);
            return new Atom(position, holds);
        }

        public override Truth Evaluate(int[] chosen, FactPartition partition, out int branchPosition)
        {
            branchPosition = -1;
            var classIndex = chosen[_position];
            if (classIndex < 0)
            {
                branchPosition = _position;
                return Truth.Unknown;
            }
            return _holds[classIndex] ? Truth.True : Truth.False;
        }
    }

    private sealed class Not : CompiledCondition
    {
        private readonly CompiledCondition _operand;

        public Not(CompiledCondition operand) => _operand = operand;

        public override Truth Evaluate(int[] chosen, FactPartition partition, out int branchPosition) =>
            _operand.Evaluate(chosen, partition, out branchPosition) switch
            {
                Truth.True => Truth.False,
                Truth.False => Truth.True,
                _ => Truth.Unknown,
            };
    }

    private sealed class And : CompiledCondition
    {
        private readonly CompiledCondition _left;
        private readonly CompiledCondition _right;

        public And(CompiledCondition left, CompiledCondition right)
        {
            _left = left;
            _right = right;
        }

        public override Truth Evaluate(int[] chosen, FactPartition partition, out int branchPosition)
        {
            var l = _left.Evaluate(chosen, partition, out var lp);
            if (l == Truth.False)
            {
                branchPosition = -1;
                return Truth.False;
            }
            var r = _right.Evaluate(chosen, partition, out var rp);
            if (r == Truth.False)
            {
                branchPosition = -1;
                return Truth.False;
            }
            branchPosition = l == Truth.Unknown ? lp : rp;
            return l == Truth.True && r == Truth.True ? Truth.True : Truth.Unknown;
        }
    }

    private sealed class Or : CompiledCondition
    {
        private readonly CompiledCondition _left;
        private readonly CompiledCondition _right;

        public Or(CompiledCondition left, CompiledCondition right)
        {
            _left = left;
            _right = right;
        }

        public override Truth Evaluate(int[] chosen, FactPartition partition, out int branchPosition)
        {
            var l = _left.Evaluate(chosen, partition, out var lp);
            if (l == Truth.True)
            {
                branchPosition = -1;
                return Truth.True;
            }
            var r = _right.Evaluate(chosen, partition, out var rp);
            if (r == Truth.True)
            {
                branchPosition = -1;
                return Truth.True;
            }
            branchPosition = l == Truth.Unknown ? lp : rp;
            return l == Truth.False && r == Truth.False ? Truth.False : Truth.Unknown;
        }
    }
}
