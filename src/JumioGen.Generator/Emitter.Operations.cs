using System.Collections.Generic;
using System.Linq;
using System.Text;
using JumioGen.Generator.Model;

namespace JumioGen.Generator;

/// <summary>The body of one operation: build the request from the parameters, send it, read the answer.</summary>
internal static partial class Emitter
{
    private const string Values = "global::JumioGen.JumioRequestValues.";

    // Explicit implementations: a member named like an object member (ToString, Equals) or declared internal still works.
    private static void WriteOperation(SourceWriter writer, string interfaceName, OperationSpec operation)
    {
        var local = LocalPrefix(operation);
        var parameters = operation.Parameters;
        using (writer.Block($"async {operation.ReturnType} {interfaceName}.{Identifier(operation.Name)}({Parameters(operation, withDefaults: false)})"))
        {
            if (operation.Target.Kind == TargetKind.DeviceStart)
            {
                var token = parameters.FirstOrDefault(p => p.Role == ParameterRole.CancellationToken) is { } start ? Identifier(start.Name) : "default";
                writer.Line($"return await this._connection.StartAsync({token}).ConfigureAwait(false);");
                return;
            }

            foreach (var parameter in parameters.Where(p => p.RejectsNull))
            {
                writer.Line($"global::System.ArgumentNullException.ThrowIfNull({Identifier(parameter.Name)});");
            }

            // Jumio's documented limits (e.g. on an AccountRequest) are checked before anything is sent.
            foreach (var body in parameters.Where(p => p.Role == ParameterRole.Body))
            {
                writer.Line($"global::JumioGen.JumioConnection.ValidateBody({Identifier(body.Name)});");
            }

            var transaction = parameters.FirstOrDefault(p => p.Role == ParameterRole.Transaction);
            WriteRequest(writer, operation, local, transaction);
            foreach (var header in parameters.Where(p => p.Role == ParameterRole.Header))
            {
                writer.Line($"{Values}AddHeader({local}request, {Quote(header.Key!)}, {Identifier(header.Name)});");
            }

            WriteContent(writer, operation, local);
            WriteSend(writer, operation, local, transaction);
        }
    }

    private static void WriteRequest(SourceWriter writer, OperationSpec operation, string local, ParameterSpec? transaction)
    {
        var method = "global::System.Net.Http.HttpMethod." + operation.HttpMethod;
        var request = $"var {local}request = ";
        switch (operation.Target.Kind)
        {
            case TargetKind.TransactionPart:
                var classifier = Identifier(operation.Parameters.First(p => p.Role == ParameterRole.PartClassifier).Name);
                var content = Identifier(operation.Parameters.First(p => p.Role == ParameterRole.PartContent).Name);
                var contentType = Identifier(operation.Parameters.First(p => p.Role == ParameterRole.PartContentType).Name);
                var tx = Identifier(transaction!.Name);
                writer.Line($"var {local}partContent = global::JumioGen.JumioParts.CreateContent({content}, {contentType}, {classifier});");
                writer.Line($"{request}this._connection.CreateTransactionRequest({method}, {tx}, {tx}.GetPartUrl({classifier}), \"upload of part \" + {classifier});");
                writer.Line($"{local}request.Content = {local}partContent;");
                return;
            case TargetKind.TransactionFinalize:
                tx = Identifier(transaction!.Name);
                writer.Line($"{request}this._connection.CreateTransactionRequest({method}, {tx}, {tx}.FinalizeUrl, \"finalize\");");
                return;
        }

        var path = PathExpression(operation);
        var queries = operation.Parameters.Where(p => p.Role == ParameterRole.Query).ToList();
        if (queries.Count > 0)
        {
            writer.Line($"var {local}path = {path};");
            foreach (var query in queries)
            {
                writer.Line($"{local}path = {Values}{(query.IsCollection ? "AppendQueryValues" : "AppendQuery")}({local}path, {Quote(query.Key!)}, {Identifier(query.Name)});");
            }

            path = local + "path";
        }

        var host = "global::JumioGen.JumioHost." + operation.Target.Host;
        writer.Line(transaction is null
            ? $"{request}this._connection.CreateRequest({method}, {host}, {path}, global::JumioGen.JumioAuthorization.{operation.Target.Authorization});"
            : $"{request}this._connection.CreateTransactionRequest({method}, {Identifier(transaction.Name)}, new global::System.Uri(this._connection.Endpoints.For({host}), {path}), {Quote(operation.Name)});");
    }

    private static void WriteContent(SourceWriter writer, OperationSpec operation, string local)
    {
        foreach (var body in operation.Parameters.Where(p => p.Role == ParameterRole.Body))
        {
            var name = Identifier(body.Name);
            var create = $"{local}request.Content = global::System.Net.Http.Json.JsonContent.Create({name}, {body.JsonTypeInfo});";
            if (!body.AllowsNull)
            {
                writer.Line(create);
            }
            else
            {
                // A null body that the declaration allows sends no content.
                using (writer.Block($"if ({name} is not null)"))
                {
                    writer.Line(create);
                }
            }
        }

        var parts = operation.Parameters.Where(p => p.Role == ParameterRole.Part).ToList();
        if (parts.Count == 0)
        {
            return;
        }

        writer.Line($"var {local}content = new global::System.Net.Http.MultipartFormDataContent();");
        foreach (var part in parts)
        {
            var name = Identifier(part.Name);
            var key = Quote(part.Key!);
            var file = $"{(part.FileName is null ? "null" : Quote(part.FileName))}, {(part.ContentType is null ? "null" : Quote(part.ContentType))}";
            switch (part.PartKind)
            {
                case PartKind.Stream:
                    writer.Line($"{Values}AddStreamPart({local}content, {key}, {name}, {file});");
                    break;
                case PartKind.Bytes:
                    writer.Line($"{Values}AddBytesPart({local}content, {key}, {name}, {file});");
                    break;
                case PartKind.Text:
                    writer.Line($"{Values}AddStringPart({local}content, {key}, {name});");
                    break;
                case PartKind.Content:
                    writer.Line($"{Values}AddContentPart({local}content, {key}, {name});");
                    break;
                default:
                    var add = $"{Values}AddJsonPart({local}content, {key}, {name}, {part.JsonTypeInfo});";
                    if (!part.AllowsNull)
                    {
                        writer.Line(add);
                    }
                    else
                    {
                        using (writer.Block($"if ({name} is not null)"))
                        {
                            writer.Line(add);
                        }
                    }

                    break;
            }
        }

        writer.Line($"{local}request.Content = {local}content;");
    }

    private static void WriteSend(SourceWriter writer, OperationSpec operation, string local, ParameterSpec? transaction)
    {
        var cancellation = operation.Parameters.FirstOrDefault(p => p.Role == ParameterRole.CancellationToken) is { } token ? Identifier(token.Name) : "default";
        var record = transaction is null ? null : $"this._connection.RecordAction({Identifier(transaction.Name)});";
        switch (operation.Response)
        {
            case ResponseKind.None:
                writer.Line($"await this._connection.SendAsync({local}request, {cancellation}).ConfigureAwait(false);");
                WriteIfNotNull(writer, record);
                return;
            case ResponseKind.Stream:
                writer.Line($"var {local}stream = await this._connection.SendForStreamAsync({local}request, {cancellation}).ConfigureAwait(false);");
                WriteIfNotNull(writer, record);
                writer.Line($"return {local}stream;");
                return;
            case ResponseKind.HttpResponse:
                // Returned as it is, whatever the status; the caller owns (and disposes) it.
                writer.Line($"var {local}response = await this._connection.HttpClient.SendAsync({local}request, {cancellation}).ConfigureAwait(false);");
                WriteIfNotNull(writer, record is null ? null : $"if ({local}response.IsSuccessStatusCode) {record}");
                writer.Line($"return {local}response;");
                return;
            case ResponseKind.JsonResponse:
                writer.Line($"var {local}response = await this._connection.SendForResponseAsync({local}request, {operation.ResponseTypeInfo}, {cancellation}).ConfigureAwait(false);");
                WriteIfNotNull(writer, record is null ? null : $"if ({local}response.IsSuccess) {record}");
                writer.Line($"return {local}response!;");
                return;
        }

        writer.Line($"var {local}response = await this._connection.SendAsync({local}request, {operation.ResponseTypeInfo}, {cancellation}).ConfigureAwait(false);");
        WriteIfNotNull(writer, record);
        var body = operation.Parameters.FirstOrDefault(p => p.Role == ParameterRole.Body);
        writer.Line(operation.AttachesTransactions && body is not null
            ? $"return this._connection.WithTransactions({local}response, {Identifier(body.Name)});"
            : $"return {local}response!;");
    }

    private static void WriteIfNotNull(SourceWriter writer, string? line)
    {
        if (line is not null)
        {
            writer.Line(line);
        }
    }

    // Locals start with a prefix no parameter starts with, so they never collide ("__request", or "___request" …).
    private static string LocalPrefix(OperationSpec operation)
    {
        var prefix = "__";
        while (operation.Parameters.Any(p => p.Name.StartsWith(prefix, System.StringComparison.Ordinal)))
        {
            prefix += "_";
        }

        return prefix;
    }

    // "api/v1/accounts/{accountId}" becomes "api/v1/accounts/" + PathSegment(accountId, "accountId"): every value escaped.
    private static string PathExpression(OperationSpec operation)
    {
        var template = operation.Target.PathTemplate;
        var parts = new List<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close < 0)
            {
                literal.Append(template[i]);
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(Quote(literal.ToString()));
                literal.Clear();
            }

            var name = template.Substring(i + 1, close - i - 1);
            parts.Add($"{Values}PathSegment({Identifier(name)}, {Quote(name)})");
            i = close;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(Quote(literal.ToString()));
        }

        return string.Join(" + ", parts);
    }
}
