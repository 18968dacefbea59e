using System.Linq.Expressions;
using System.Reflection;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Rules;

/// <summary>
/// Walks a parsed rule expression and rejects every member, method or constructor outside an allow-list:
/// the proposal model and facts, a listed set of string methods, numbers, Math and a few LINQ queries. RulesEngine's own type provider
/// lets an expression reach reflection through System.Object, so user-written rule files are checked here.
/// </summary>
public sealed class ExpressionGuard : ExpressionVisitor
{
    private static readonly HashSet<Type> ModelTypes =
    [
        typeof(Proposal), typeof(Entity), typeof(Decision), typeof(Instrument), typeof(Negotiation),
        typeof(Institution), typeof(Cooperation), typeof(Council), typeof(ProposalFacts),
    ];

    private static readonly HashSet<Type> ValueTypes =
        [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(char)];

    private static readonly HashSet<string> EnumerableMethods =
    [
        "Any", "All", "Count", "Contains", "Where", "Select", "Sum", "Min", "Max", "First", "FirstOrDefault",
        "Distinct", "Intersect", "Except", "Union", "Concat", "SequenceEqual", "ToArray", "ToList", "SelectMany",
    ];

    /// <summary>
    /// String methods a rule may call: comparing, joining and slicing text it already has. Left out on purpose:
    /// Replace, PadLeft/PadRight and Format (a rule can make them allocate gigabytes), culture-dependent casing,
    /// and anything reaching the runtime (Intern, Create, GetType).
    /// </summary>
    private static readonly HashSet<string> StringMethods =
    [
        "Join", "Concat", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Equals", "Compare", "CompareOrdinal", "CompareTo",
        "op_Equality", "op_Inequality", "get_Chars", "get_Length", "ToLowerInvariant", "ToUpperInvariant",
        "Trim", "TrimStart", "TrimEnd", "StartsWith", "EndsWith", "Contains", "IndexOf", "LastIndexOf", "Substring", "ToString",
    ];

    private static readonly HashSet<string> DictionaryMembers = ["ContainsKey", "get_Item", "Item", "Keys", "Values", "Count"];

    private readonly List<string> _violations = [];

    private ExpressionGuard()
    {
    }

    /// <summary>Each member, method or type the expression uses that the allow-list does not admit.</summary>
    public static IReadOnlyList<string> Check(Expression expression)
    {
        var guard = new ExpressionGuard();
        guard.Visit(expression);
        return guard._violations.Distinct().ToList();
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var declaring = node.Member.DeclaringType;
        var allowed = declaring is not null && (ModelTypes.Contains(declaring) || ValueTypes.Contains(declaring)
            || IsNullable(declaring) || (declaring.IsArray || declaring == typeof(Array)) && node.Member.Name == "Length"
            || IsTextMap(declaring) && DictionaryMembers.Contains(node.Member.Name)
            || IsCollection(declaring) && node.Member.Name == "Count");
        if (!allowed)
        {
            _violations.Add($"member '{Describe(node.Member)}'");
        }
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var declaring = method.DeclaringType;
        var allowed = declaring == typeof(Enumerable) && EnumerableMethods.Contains(method.Name)
            || declaring == typeof(string) && StringMethods.Contains(method.Name)
            || declaring == typeof(Math)
            || declaring is not null && IsTextMap(declaring) && DictionaryMembers.Contains(method.Name)
            || declaring is not null && (ValueTypes.Contains(declaring) || IsNullable(declaring)) && method.Name is "ToString" or "Equals" or "CompareTo" or "GetValueOrDefault"
            || declaring is not null && IsCollection(declaring) && method.Name is "Contains";
        if (!allowed)
        {
            _violations.Add($"method '{Describe(method)}'");
        }
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        _violations.Add($"constructor of '{node.Type.Name}'");
        return base.VisitNew(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs
            && !IsAllowedType(node.Type) && node.Type != typeof(object))
        {
            _violations.Add($"conversion to '{node.Type.Name}'");
        }
        return base.VisitUnary(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not null && !IsAllowedType(node.Value.GetType()))
        {
            _violations.Add($"value of type '{node.Value.GetType().Name}'");
        }
        return base.VisitConstant(node);
    }

    private static bool IsAllowedType(Type type) =>
        ModelTypes.Contains(type) || ValueTypes.Contains(type) || IsNullable(type) && IsAllowedType(Nullable.GetUnderlyingType(type)!)
        || type.IsArray && IsAllowedType(type.GetElementType()!) || IsTextMap(type) || IsCollection(type);

    private static bool IsNullable(Type type) => Nullable.GetUnderlyingType(type) is not null;

    private static bool IsTextMap(Type type) =>
        type == typeof(Dictionary<string, string>) || type == typeof(Dictionary<string, string>.KeyCollection)
        || type == typeof(Dictionary<string, string>.ValueCollection);

    private static bool IsCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d
        && (d == typeof(IEnumerable<>) || d == typeof(ICollection<>) || d == typeof(List<>))
        && type.GetGenericArguments().All(IsAllowedType);

    private static string Describe(MemberInfo member) => $"{member.DeclaringType?.Name}.{member.Name}";
}
