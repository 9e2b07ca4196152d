namespace AnnualReports.Parsing;

public enum DataFileFormat
{
    Json,
    Yaml,
}
