using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Proposals;

/// <summary>Where each field of a proposal stands in its file, keyed by paths such as <c>entities[1].mandatedBy[0]</c>.</summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    public void Add(string path, SourcePosition at) => _positions[path] = at;

    /// <summary>The position of the path, or of its nearest ancestor when the field itself is absent.</summary>
    public SourcePosition At(string path)
    {
        while (true)
        {
            if (_positions.TryGetValue(path, out var at))
            {
                return at;
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return _positions.GetValueOrDefault("", SourcePosition.File);
            }
            path = path[..cut];
        }
    }
}
