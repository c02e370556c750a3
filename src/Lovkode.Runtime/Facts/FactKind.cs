namespace Lovkode.Runtime;

public enum FactKind
{
    Enum,
    Bool,
    Number,
    Date,
}
