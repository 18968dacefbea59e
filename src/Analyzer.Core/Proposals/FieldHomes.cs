namespace Analyzer.Core.Proposals;

/// <summary>
/// Where each key of the format lives, read from the model types: <c>issuer</c> at the top level (""),
/// <c>gapAddressed</c> under <c>cooperation</c>, <c>mandatedBy</c> under <c>entities[]</c>. A key the binder does
/// not know where it is written, but knows elsewhere, is nearly always indented one level too deep or too
/// shallow; naming its home says how to fix it better than the closest spelling at the wrong level does.
/// </summary>
internal static class FieldHomes
{
    private static readonly Dictionary<string, List<string>> Homes = Build();

    /// <summary>Every place <paramref name="key"/> is a field, in the model's declaration order; empty if none.</summary>
    public static IReadOnlyList<string> Of(string key) => Homes.TryGetValue(key, out var homes) ? homes : [];

    private static Dictionary<string, List<string>> Build()
    {
        var homes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Walk(typeof(Proposal), "", homes);
        return homes;
    }

    private static void Walk(Type record, string home, Dictionary<string, List<string>> homes)
    {
        foreach (var (key, property) in ProposalBinder.FieldsOf(record))
        {
            if (!homes.TryGetValue(key, out var list))
            {
                homes[key] = list = [];
            }
            list.Add(home);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var inner = home.Length == 0 ? key : $"{home}.{key}";
            if (type.IsArray && ProposalBinder.IsRecord(type.GetElementType()!))
            {
                Walk(type.GetElementType()!, inner + "[]", homes);
            }
            else if (ProposalBinder.IsRecord(type))
            {
                Walk(type, inner, homes);
            }
        }
    }
}
