namespace Lovkode.Spec.Analysis.FiniteDomain;

/// <summary>
/// A run of fact values [Lo, Hi] on which every comparison of the conditions at hand has
/// the same truth value, so one representative stands for all of them.
/// </summary>
internal readonly struct ValueClass
{
    public ValueClass(int lo, int hi)
    {
        Lo = lo;
        Hi = hi;
    }

    public int Lo { get; }

    public int Hi { get; }
}
