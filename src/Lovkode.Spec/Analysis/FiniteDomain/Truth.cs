namespace Lovkode.Spec.Analysis.FiniteDomain;

/// <summary>Kleene's three-valued logic: a condition over a partly assigned citizen may be undecided.</summary>
internal enum Truth
{
    False,
    True,
    Unknown,
}
