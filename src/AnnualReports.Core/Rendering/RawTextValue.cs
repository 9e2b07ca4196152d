using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace AnnualReports.Rendering;

/// <summary>
/// Already-encoded HTML held in a builder (a page body inside its layout), written out as it is without first
/// being copied into a string. Behaves as a string otherwise (filters, comparisons).
/// </summary>
internal sealed class RawTextValue(StringBuilder text) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var chunk in text.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        return default;
    }

    public override bool Equals(FluidValue other) =>
        other is not null && other.Type == FluidValues.String && string.Equals(ToStringValue(), other.ToStringValue(), StringComparison.Ordinal);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() =>
        decimal.TryParse(ToStringValue(), NumberStyles.Any, CultureInfo.InvariantCulture, out var number) ? number : 0;

    public override string ToStringValue() => text.ToString();

    public override object ToObjectValue() => ToStringValue();

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
