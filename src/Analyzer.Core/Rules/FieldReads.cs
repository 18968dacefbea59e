using System.Linq.Expressions;
using System.Reflection;
using Analyzer.Core.Proposals.Schema;

namespace Analyzer.Core.Rules;

/// <summary>
/// The proposal fields a compiled rule expression reads, as field paths (<c>instrument.binding</c>,
/// <c>decisions[].ai</c>, <c>institution.challenges.scope</c>). A record it only passes through on the way to a
/// field (<c>proposal.Instrument</c> in <c>proposal.Instrument.Binding</c>) is not a read; facts are not fields.
/// </summary>
internal sealed class FieldReads : ExpressionVisitor
{
    private readonly ISet<string> _paths;

    private FieldReads(ISet<string> paths) => _paths = paths;

    /// <summary>Adds to <paramref name="paths"/> every field <paramref name="expression"/> reads.</summary>
    public static void Collect(Expression expression, ISet<string> paths) => new FieldReads(paths).Visit(expression);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (Field(node) is { Shape: not FieldShape.Record } field)
        {
            _paths.Add(field.Path);
        }
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        // challenges["scope"] reads one answer, institution.challenges.scope, not the whole mapping.
        if (node.Method.Name is "get_Item" or "ContainsKey" && Keyed(node.Object, node.Arguments) is { } keyed)
        {
            _paths.Add(keyed.Path);
            Visit(keyed.Map.Expression);
            return node;
        }
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitIndex(IndexExpression node)
    {
        if (Keyed(node.Object, node.Arguments) is { } keyed)
        {
            _paths.Add(keyed.Path);
            Visit(keyed.Map.Expression);
            return node;
        }
        return base.VisitIndex(node);
    }

    private static (string Path, MemberExpression Map)? Keyed(Expression? target, IReadOnlyList<Expression> arguments) =>
        target is MemberExpression map && Field(map) is { Shape: FieldShape.TextMap } field
        && arguments is [ConstantExpression { Value: string key }]
            ? ($"{field.Path}.{key}", map)
            : null;

    private static ModelField? Field(MemberExpression node) => node.Member is PropertyInfo property ? ModelFields.Find(property) : null;
}
