namespace Lovkode.Runtime;

public enum ParameterUnit : byte
{
    Weeks,
    Days,
    Minutes,
    Hours,
    Dkk,
    Share,
    Count,
}
