namespace Lovkode.Spec.Language;

/// <summary>What a reform's delta changes in its base (a group, parameter, requirement, quota or supervision rule).</summary>
public enum ChangeTarget
{
    Group,
    Parameter,
    Requirement,
    Quota,
    Supervision,
}
