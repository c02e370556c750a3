using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// Which statements a statement cannot act without, read from the names they use: a statement
/// that names a group, requirement, quota or supervision rule that only an earlier statement
/// brings (adds, or a <c>regroup</c> declares) needs that statement; one that adds a name an
/// earlier statement removed needs the removal. Names the baseline already has need nothing,
/// and parameters need nothing because every coalition keeps every parameter.
/// </summary>
/// <remarks>
/// What the names do not show (a <c>regroup</c> that merges groups with different per-group
/// values is valid only with the reform's override of that parameter) is found by binding:
/// see <see cref="ReformProvisions"/>.
/// </remarks>
internal static class StatementDependencies
{
    public static List<HashSet<int>> Find(IReadOnlyList<Statement> statements, BoundRegime baseline)
    {
        // Who brought each name that exists at this point of the chain (-1: the baseline).
        var brought = new Dictionary<(ChangeTarget, string), int>();
        var removedBy = new Dictionary<(ChangeTarget, string), int>();
        foreach (var g in baseline.Groups) brought[(ChangeTarget.Group, g.Name)] = -1;
        foreach (var r in baseline.Requirements) brought[(ChangeTarget.Requirement, r.Name)] = -1;
        foreach (var q in baseline.Quotas) brought[(ChangeTarget.Quota, q.RequirementName)] = -1;
        foreach (var s in baseline.Supervisions) brought[(ChangeTarget.Supervision, s.Name)] = -1;

        var requires = statements.Select(_ => new HashSet<int>()).ToList();
        foreach (var s in statements)
        {
            if (s.IsBookkeeping) continue;
            var needs = requires[s.Index];
            void Use(ChangeTarget target, string name)
            {
                if (brought.TryGetValue((target, name), out var by) && by >= 0) needs.Add(by);
            }

            foreach (var g in s.GroupsUsed()) Use(ChangeTarget.Group, g);
            if (s.RequirementUsed is { } requirement) Use(ChangeTarget.Requirement, requirement);

            if (s.Kind == ProvisionKind.Regroup)
            {
                var before = brought.Where(e => e.Key.Item1 == ChangeTarget.Group).ToDictionary(e => e.Key.Item2, e => e.Value, System.StringComparer.Ordinal);
                foreach (var old in brought.Keys.Where(k => k.Item1 == ChangeTarget.Group).ToList()) brought.Remove(old);
                foreach (var g in s.Declarations.OfType<GroupSyntax>())
                {
                    var name = g.Name.Text;
                    if (before.TryGetValue(name, out var by)) brought[(ChangeTarget.Group, name)] = by;
                    else
                    {
                        brought[(ChangeTarget.Group, name)] = s.Index;
                        if (removedBy.TryGetValue((ChangeTarget.Group, name), out var remover)) needs.Add(remover);
                    }
                }
                foreach (var old in before.Keys.Where(n => !brought.ContainsKey((ChangeTarget.Group, n)))) removedBy[(ChangeTarget.Group, old)] = s.Index;
                continue;
            }

            var key = (s.Target!.Value, s.Name);
            if (s.Removes)
            {
                Use(key.Item1, key.Item2);
                brought.Remove(key);
                removedBy[key] = s.Index;
                if (key.Item1 == ChangeTarget.Requirement && brought.Remove((ChangeTarget.Quota, s.Name))) removedBy[(ChangeTarget.Quota, s.Name)] = s.Index;
            }
            else if (s.Adds)
            {
                brought[key] = s.Index;
                if (removedBy.TryGetValue(key, out var remover)) needs.Add(remover);
            }
            else
            {
                // replace or override: the name must exist.
                Use(key.Item1, key.Item2);
            }
            needs.Remove(s.Index);
        }
        return requires;
    }
}
