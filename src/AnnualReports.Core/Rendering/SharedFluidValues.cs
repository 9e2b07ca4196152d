using System.Runtime.CompilerServices;
using AnnualReports.Rendering.Views;
using Fluid.Values;

namespace AnnualReports.Rendering;

/// <summary>
/// Fluid wraps every string, cell and list it reads from a view model in a new value. What every page shares
/// (cell pointers, row heads, the cells of tables 三 and 四 that hold 0–9 or nothing, the row heads' lists) is
/// wrapped once here, and so are one-character strings (most cell texts: "0", "3"). Keyed by instance, so a
/// value not registered costs one lookup and nothing is kept alive. Registered objects must be immutable.
/// </summary>
internal static class SharedFluidValues
{
    private static readonly ConditionalWeakTable<object, FluidValue> Values = [];

    /// <summary>Wraps <paramref name="text"/> once for all renders; returns it for use in a view model.</summary>
    public static string Share(string text)
    {
        Values.TryAdd(text, new StringValue(text));
        return text;
    }

    /// <summary>Wraps a cell that every page of a layout shows, its strings included.</summary>
    public static DataCell Share(DataCell cell)
    {
        Share(cell.Text);
        Share(cell.Pointer);
        Values.TryAdd(cell, new TableCellValue(cell));
        return cell;
    }

    public static HeaderCell Share(HeaderCell cell)
    {
        Share(cell.Text);
        Share(cell.Scope);
        Values.TryAdd(cell, new TableCellValue(cell));
        return cell;
    }

    /// <summary>Wraps a list of row heads that every page of a layout shows, and each of its cells.</summary>
    public static HeaderCell[] Share(HeaderCell[] cells)
    {
        Values.TryAdd(cells, new ArrayValue([.. cells.Select(cell => Values.GetValue(Share(cell), static c => new TableCellValue((HeaderCell)c)))]));
        return cells;
    }

    /// <summary>The shared wrapper of <paramref name="text"/>, or a new one.</summary>
    public static FluidValue Text(string text) =>
        text.Length <= 1 ? StringValue.Create(text) : Values.TryGetValue(text, out var shared) ? shared : new StringValue(text);

    /// <summary>A <c>TemplateOptions.ValueConverters</c> entry: the shared value, or null to let Fluid wrap the value.</summary>
    public static object? Convert(object? value) => value switch
    {
        string text => Text(text),
        DataCell cell => Values.TryGetValue(cell, out var shared) ? shared : new TableCellValue(cell),
        HeaderCell cell => Values.TryGetValue(cell, out var shared) ? shared : new TableCellValue(cell),
        HeaderCell[] cells when Values.TryGetValue(cells, out var shared) => shared,
        _ => null,
    };
}
