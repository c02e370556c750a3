using System.Collections.Generic;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;

namespace Lovkode.Spec.Binding;

// PLACEHOLDER until the Binding pass lands: the owner of Binding/ replaces this file.
public static class SpecBinder
{
    public static BindResult Bind(IReadOnlyList<SyntaxFile> files, DiagnosticBag diagnostics) =>
        new(EquatableArray<BoundDomain>.Empty, EquatableArray<BoundRegime>.Empty);
}
