using System.Text.Json.Nodes;

namespace FormsEngine.Rules.WhatIf;

/// <summary>One stored submission for a what-if run: its id and its named inputs (e.g. <c>input1</c> = the answers).</summary>
/// <param name="Id">The submission id.</param>
/// <param name="Inputs">The named inputs as JSON.</param>
public sealed record StoredAnswer(string Id, IReadOnlyDictionary<string, JsonNode?> Inputs);
