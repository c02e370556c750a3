using System.Globalization;
using Lovkode.Simulation.Validation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Lovkode.Simulation.Tests.Validation;

/// <summary>
/// Reads a model's validation figures (<c>Danmark2023.validation.yaml</c>, beside the model) into
/// <see cref="ValidationFigure"/>s. A missing or malformed key is an error naming the figure and
/// the key, with the file's line.
/// </summary>
internal static class ValidationFile
{
    public static IReadOnlyList<ValidationFigure> Read(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        FileDto file;
        try
        {
            file = deserializer.Deserialize<FileDto>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: empty file");
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
        }
        return (file.Figures ?? throw new InvalidDataException($"{path}: no 'figures'")).Select((f, i) => ToFigure(path, i, f)).ToList();
    }

    private static ValidationFigure ToFigure(string path, int index, FigureDto f)
    {
        var at = $"{path}: figures[{index}]{(f.Id is null ? "" : $" ({f.Id})")}";
        T Need<T>(T? value, string key) where T : class => value ?? throw new InvalidDataException($"{at}.{key} is missing");
        double NeedNumber(double? value, string key) => value ?? throw new InvalidDataException($"{at}.{key} is missing");
        return new ValidationFigure
        {
            Id = Need(f.Id, "id"),
            Title = Need(f.Title, "title"),
            Published = NeedNumber(f.Published, "published"),
            Unit = Need(f.Unit, "unit"),
            Period = Need(f.Period, "period"),
            Source = Need(f.Source, "source"),
            Url = Need(f.Url, "url"),
            Strength = Need(f.Strength, "strength"),
            Regime = Need(f.Regime, "regime"),
            Against = f.Against,
            Start = DateOnly.TryParseExact(Need(f.Start, "start"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                ? start : throw new InvalidDataException($"{at}.start '{f.Start}' is not a date (yyyy-MM-dd)"),
            Weeks = f.Weeks ?? 52,
            Measure = Enum<ValidationMeasure>(at, "measure", f.Measure ?? "value"),
            GroupBy = f.GroupBy,
            Numerator = Quantity(at, "numerator", Need(f.Numerator, "numerator")),
            Denominator = f.Denominator is null ? null : Quantity(at, "denominator", f.Denominator),
            Low = NeedNumber(f.Low, "low"),
            High = NeedNumber(f.High, "high"),
            Expect = Enum<ValidationExpectation>(at, "expect", Need(f.Expect, "expect")),
            Cause = Need(f.Cause, "cause"),
        };
    }

    private static ValidationQuantity Quantity(string at, string key, QuantityDto q) =>
        new(q.Metric ?? throw new InvalidDataException($"{at}.{key}.metric is missing"), q.Groups ?? []);

    private static T Enum<T>(string at, string key, string text) where T : struct, Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value
            : throw new InvalidDataException($"{at}.{key} '{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");

    private sealed class FileDto
    {
        public List<FigureDto>? Figures { get; set; }
    }

    private sealed class FigureDto
    {
        public string? Id { get; set; }
        public string? GroupBy { get; set; }
        public string? Title { get; set; }
        public double? Published { get; set; }
        public string? Unit { get; set; }
        public string? Period { get; set; }
        public string? Source { get; set; }
        public string? Url { get; set; }
        public string? Strength { get; set; }
        public string? Regime { get; set; }
        public string? Against { get; set; }
        public string? Start { get; set; }
        public int? Weeks { get; set; }
        public string? Measure { get; set; }
        public QuantityDto? Numerator { get; set; }
        public QuantityDto? Denominator { get; set; }
        public double? Low { get; set; }
        public double? High { get; set; }
        public string? Expect { get; set; }
        public string? Cause { get; set; }
    }

    private sealed class QuantityDto
    {
        public string? Metric { get; set; }
        public List<string>? Groups { get; set; }
    }
}
