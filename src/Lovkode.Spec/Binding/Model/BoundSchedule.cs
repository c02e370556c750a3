using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// When a requirement falls due, in weeks of the citizen's spell (week 0 is the first week).
/// Which operands are set depends on <see cref="Kind"/>:
/// OnceWithin: Weeks. TimesWithin: Count, From, Until. Every: Weeks (the interval), From,
/// Until (optional). AfterCumulative: Weeks.
/// </summary>
public sealed record BoundSchedule(
    ScheduleKind Kind,
    BoundOperand? Count,
    BoundOperand? Weeks,
    BoundOperand? From,
    BoundOperand? Until,
    BoundSpan Span);
