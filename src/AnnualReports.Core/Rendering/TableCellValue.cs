using System.Globalization;
using System.Text.Encodings.Web;
using AnnualReports.Rendering.Views;
using Fluid;
using Fluid.Values;

namespace AnnualReports.Rendering;

/// <summary>
/// A table cell (<see cref="DataCell"/> or <see cref="HeaderCell"/>) as the templates read it: members by their
/// template names, without reflection and without boxing the flags and spans. A page reads some 1,000 cell
/// members. A name the cell does not have fails the render, as undefined names do everywhere else.
/// </summary>
internal sealed class TableCellValue : FluidValue
{
    private readonly DataCell? _data;
    private readonly HeaderCell? _header;

    public TableCellValue(DataCell cell) => _data = cell;

    public TableCellValue(HeaderCell cell) => _header = cell;

    public override FluidValues Type => FluidValues.Object;

    private object Cell => (object?)_data ?? _header!;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        _data is not null ? DataMember(_data, name) : HeaderMember(_header!, name);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        encoder.Encode(writer, ToStringValue());
        return default;
    }

    public override bool Equals(FluidValue other) => other is TableCellValue cell && Equals(Cell, cell.Cell);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => Cell.ToString() ?? "";

    public override object ToObjectValue() => Cell;

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => Cell.GetHashCode();

    private static FluidValue DataMember(DataCell cell, string name) => name switch
    {
        "text" => SharedFluidValues.Text(cell.Text),
        "pointer" => SharedFluidValues.Text(cell.Pointer),
        "colspan" => NumberValue.Create(cell.Colspan),
        "spans_columns" => BooleanValue.Create(cell.SpansColumns),
        "is_blank" => BooleanValue.Create(cell.IsBlank),
        _ => throw Unknown(nameof(DataCell), name),
    };

    private static FluidValue HeaderMember(HeaderCell cell, string name) => name switch
    {
        "text" => SharedFluidValues.Text(cell.Text),
        "scope" => SharedFluidValues.Text(cell.Scope),
        "colspan" => NumberValue.Create(cell.Colspan),
        "rowspan" => NumberValue.Create(cell.Rowspan),
        "spans_columns" => BooleanValue.Create(cell.SpansColumns),
        "spans_rows" => BooleanValue.Create(cell.SpansRows),
        _ => throw Unknown(nameof(HeaderCell), name),
    };

    private static InvalidOperationException Unknown(string type, string name) => new($"A {type} has no member '{name}'.");
}
