using System.Text.Json;

namespace JumioGen.Tests;

/// <summary>Models read Jumio's documented JSON, ignore what they do not know, and keep new enum-like values.</summary>
public sealed class ModelJsonTests
{
    [Fact]
    public void Account_request_is_written_in_jumio_camel_case_without_nulls()
    {
        var json = JsonSerializer.Serialize(new AccountRequest
        {
            CustomerInternalReference = "ref",
            WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
            TokenLifetime = "1h",
        }, JumioJsonContext.Default.AccountRequest);

        Assert.Equal("""{"customerInternalReference":"ref","workflowDefinition":{"key":10011},"tokenLifetime":"1h"}""", json);
    }

    [Fact]
    public void Details_keep_unknown_values_and_ignore_unknown_fields()
    {
        const string json = """
            {
              "workflow": {"id":"w","status":"SOMETHING_NEW","definitionKey":10011,"brandNewField":true},
              "account": {"id":"a"},
              "decision": {"type":"REVIEW_LATER","details":{"label":"NEW_LABEL"},"risk":{"score":42.5}},
              "steps": {"href":"https://retrieval.emea-1.jumio.ai/api/v1/accounts/a/workflow-executions/w/steps"},
              "capabilities": {
                "liveness": [{"id":"l1","credentials":[{"id":"c","category":"SELFIE"}],"decision":{"type":"PASSED","details":{"label":"OK"}}}],
                "extraction": [{"id":"e1","data":{"firstName":"X"}}],
                "futureCheck": [{"id":"f1"}]
              },
              "feedback": {"rating": "USEFUL"},
              "unknownTopLevel": {"nested": [1,2,3]}
            }
            """;

        var details = JsonSerializer.Deserialize(json, JumioJsonContext.Default.WorkflowDetails)!;

        Assert.Equal("SOMETHING_NEW", details.Workflow!.Status);
        Assert.Equal("10011", details.Workflow.DefinitionKey);
        Assert.Equal("REVIEW_LATER", details.Decision!.Type);
        Assert.Equal("NEW_LABEL", details.Decision.Details!.Label);
        Assert.Equal(42.5, details.Decision.Risk!.Score);
        Assert.EndsWith("/steps", details.Steps!.Href);
        Assert.Equal("OK", details.Capabilities!.Liveness![0].Decision!.Details!.Label);
        Assert.Equal("X", details.Capabilities.Extraction![0].Data!.Value.GetProperty("firstName").GetString());
        Assert.True(details.Capabilities.Other!.ContainsKey("futureCheck"));
        Assert.Equal("USEFUL", details.Feedback!.Value.GetProperty("rating").GetString());
    }

    [Fact]
    public void Status_reads_the_documented_shape()
    {
        const string json = """{"account":{"id":"a","href":"https://retrieval.amer-1.jumio.ai/api/v1/accounts/a"},"workflowExecution":{"id":"w","href":"h","definitionKey":"10011","status":"PROCESSED"}}""";

        var status = JsonSerializer.Deserialize(json, JumioJsonContext.Default.WorkflowStatus)!;

        Assert.Equal(WorkflowExecutionStatuses.Processed, status.WorkflowExecution!.Status);
        Assert.Equal("10011", status.WorkflowExecution.DefinitionKey);
    }

    [Fact]
    public void Callback_reads_the_documented_shape()
    {
        const string json = """
            {"callbackSentAt":"2021-01-21T14:55:01.917Z","userReference":"u",
             "workflowExecution":{"id":"w","href":"https://retrieval.amer-1.jumio.ai/api/v1/accounts/a/workflow-executions/w","definitionKey":"3","status":"PROCESSED"},
             "account":{"id":"a","href":"https://retrieval.amer-1.jumio.ai/api/v1/accounts/a"}}
            """;

        var callback = JsonSerializer.Deserialize(json, JumioJsonContext.Default.JumioCallback)!;

        Assert.Equal(new DateTimeOffset(2021, 1, 21, 14, 55, 1, 917, TimeSpan.Zero), callback.CallbackSentAt);
        Assert.Equal("a", callback.Account!.Id);
        Assert.Equal("PROCESSED", callback.WorkflowExecution!.Status);
    }

    [Fact]
    public void Account_response_reads_the_documented_sample()
    {
        const string json = """
            {"timestamp":"2021-05-28T09:17:50.240Z","account":{"id":"a"},
             "web":{"href":"https://x.web.amer-1.jumio.ai/web/v4/app?authorizationToken=xxx","successUrl":"s","errorUrl":"e"},
             "sdk":{"token":"sdk-token"},
             "workflowExecution":{"id":"w","credentials":[{"id":"c","category":"ID","allowedChannels":["WEB","API","SDK"],
               "api":{"token":"t","parts":{"front":"https://api.amer-1.jumio.ai/f","back":"https://api.amer-1.jumio.ai/b"},"workflowExecution":"https://api.amer-1.jumio.ai/w"}}]}}
            """;

        var response = JsonSerializer.Deserialize(json, JumioJsonContext.Default.AccountResponse)!;

        Assert.Equal("c", response.WorkflowExecution!.Credentials![0].Id);
        Assert.Equal(["WEB", "API", "SDK"], response.WorkflowExecution.Credentials[0].AllowedChannels!);
        Assert.Equal("https://api.amer-1.jumio.ai/b", response.WorkflowExecution.Credentials[0].Api!.Parts!["back"]);
        Assert.Empty(response.Transactions);
    }
}
