using System.Globalization;

namespace Analyzer.Core.Diagnostics;

/// <summary>One problem found in a user's file, located as precisely as the file allows.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    public static Diagnostic Error(string path, string message) => new(path, 0, 0, Severity.Error, message);

    public static Diagnostic Error(string path, SourcePosition at, string message) =>
        new(path, at.Line, at.Column, Severity.Error, message);

    /// <summary>A problem that does not stop the file being assessed, and never changes the exit code.</summary>
    public static Diagnostic Warning(string path, SourcePosition at, string message) =>
        new(path, at.Line, at.Column, Severity.Warning, message);

    /// <summary>Compiler style, clickable in editors: <c>path:line:col: error: message</c>, always one printable line.</summary>
    public override string ToString()
    {
        var path = Printable.Escape(Path);
        var where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{path}:{Line}:{Column}")
            : path;
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {level}: {Printable.Escape(Message)}";
    }
}
