namespace Analyzer.Core.Diagnostics;

/// <summary>A 1-based line and column in a source file; (0, 0) means the whole file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition File = new(0, 0);
}
