namespace Analyzer.Core.Diagnostics;

/// <summary>How bad a diagnostic is; errors make a file unusable.</summary>
public enum Severity
{
    Warning,
    Error,
}
