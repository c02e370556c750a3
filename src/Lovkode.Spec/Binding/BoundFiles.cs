using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;

namespace Lovkode.Spec.Binding;

/// <summary>
/// The files bound together: the bound model and every diagnostic of the Syntax and Binding
/// passes, in the order they were reported (each file's own, files by path, then the binder's).
/// Binding needs every file at once (a regime extends a base in another file, and names a
/// domain in a third), so this is the step an edit to any file runs again.
/// It compares with its files' texts: the bound model leaves positions out of its equality, and
/// a binding whose rules only moved is still a new binding, whose places the diagnostics take.
/// </summary>
public sealed record BoundFiles(EquatableArray<ParsedFile> Files, BindResult Result, EquatableArray<Diagnostic> Diagnostics)
{
    public static BoundFiles Bind(IEnumerable<ParsedFile> files)
    {
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var bag = new DiagnosticBag();
        foreach (var file in ordered) bag.AddRange(file.Diagnostics);
        var result = SpecBinder.Bind(ordered.Select(f => f.Syntax).ToList(), bag);
        return new BoundFiles(ordered.ToEquatableArray(), result, bag.Items.ToEquatableArray());
    }
}
