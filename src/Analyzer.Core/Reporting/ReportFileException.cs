namespace Analyzer.Core.Reporting;

/// <summary>A report file could not be written; <see cref="Path"/> is the report as the user named it.</summary>
public sealed class ReportFileException(string path, Exception inner) : IOException(inner.Message, inner)
{
    public string Path { get; } = path;
}
