<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>patchbay::HttpClient</name>
    <message numerus="yes">
        <source>Connection "%1" refuses requests at once: %n at a time from now on.</source>
        <translation><numerusform>Connection "%1" refuses requests at once: %n at a time from now on.</numerusform><numerusform>Connection "%1" refuses requests at once: %n at a time from now on.</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::HttpExchange</name>
    <message numerus="yes">
        <source>waiting for a free place (connection "%1" takes %n at once now)</source>
        <translation><numerusform>waiting for a free place (connection "%1" takes %n at once now)</numerusform><numerusform>waiting for a free place (connection "%1" takes %n at once now)</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::SyncRun</name>
    <message numerus="yes">
        <source>This may pass: going on from the checkpoint in %n second(s) (%1 of %2).</source>
        <translation><numerusform>This may pass: going on from the checkpoint in %n second (%1 of %2).</numerusform><numerusform>This may pass: going on from the checkpoint in %n seconds (%1 of %2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the service failed; going on in %n second(s) (%1 of %2)</source>
        <translation><numerusform>the service failed; going on in %n second (%1 of %2)</numerusform><numerusform>the service failed; going on in %n seconds (%1 of %2)</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::SyncSummary</name>
    <message numerus="yes">
        <source>%n record(s) were sent before it stopped; the next run goes on from there.</source>
        <translation><numerusform>%n record were sent before it stopped; the next run goes on from there.</numerusform><numerusform>%n records were sent before it stopped; the next run goes on from there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s).</source>
        <translation><numerusform>Sent %n record.</numerusform><numerusform>Sent %n records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: the %n record(s) to send were all sent before, unchanged.</source>
        <translation><numerusform>Nothing new: the %n record to send were all sent before, unchanged.</numerusform><numerusform>Nothing new: the %n records to send were all sent before, unchanged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n by the filter.</source>
        <translation><numerusform>Left out %n by the filter.</numerusform><numerusform>Left out %n by the filter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n were sent before, unchanged, and not sent again.</source>
        <translation><numerusform>%n were sent before, unchanged, and not sent again.</numerusform><numerusform>%n were sent before, unchanged, and not sent again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see them in Runs, where they can be sent again.</source>
        <translation><numerusform>%n failed: see them in Runs, where they can be sent again.</numerusform><numerusform>%n failed: see them in Runs, where they can be sent again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It had gone on %n time(s) after the service failed.</source>
        <translation><numerusform>It had gone on %n time after the service failed.</numerusform><numerusform>It had gone on %n times after the service failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The service failed on the way; the run went on from where it stopped (%n time(s)).</source>
        <translation><numerusform>The service failed on the way; the run went on from where it stopped (%n time).</numerusform><numerusform>The service failed on the way; the run went on from where it stopped (%n times).</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::cli</name>
    <message numerus="yes">
        <source>not valid: %n error(s)</source>
        <translation><numerusform>not valid: %n error</numerusform><numerusform>not valid: %n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation><numerusform>, %n warning</numerusform><numerusform>, %n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation><numerusform>%n connection</numerusform><numerusform>%n connections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation><numerusform>%n endpoint</numerusform><numerusform>%n endpoints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation><numerusform>%n integration</numerusform><numerusform>%n integrations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation><numerusform>; %n warning</numerusform><numerusform>; %n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail in %1 is intact: %n entry(s), each chained to the one before.</source>
        <translation><numerusform>The audit trail in %1 is intact: %n entry, each chained to the one before.</numerusform><numerusform>The audit trail in %1 is intact: %n entries, each chained to the one before.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), listed above; fix, then try again (patchbay-cli validate %1)</source>
        <translation><numerusform>%n error, listed above; fix, then try again (patchbay-cli validate %1)</numerusform><numerusform>%n errors, listed above; fix, then try again (patchbay-cli validate %1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation><numerusform>%n attempt</numerusform><numerusform>%n attempts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>stopping: cancelling %n run(s)</source>
        <translation><numerusform>stopping: cancelling %n run</numerusform><numerusform>stopping: cancelling %n runs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 %3): %n endpoints in %4 groups written to %5</source>
        <translation><numerusform>%1 (%2 %3): %n endpoints in %4 groups written to %5</numerusform><numerusform>%1 (%2 %3): %n endpoints in %4 groups written to %5</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see above</source>
        <translation><numerusform>%n problem: see above</numerusform><numerusform>%n problems: see above</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to %1 as a Postman collection (v2.1); secret values are variables without values</source>
        <translation><numerusform>%n request written to %1 as a Postman collection (v2.1); secret values are variables without values</numerusform><numerusform>%n requests written to %1 as a Postman collection (v2.1); secret values are variables without values</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It went on from its checkpoint %n time(s) after faults that may pass.</source>
        <translation><numerusform>It went on from its checkpoint %n time after faults that may pass.</numerusform><numerusform>It went on from its checkpoint %n times after faults that may pass.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>serving %n tool(s) of %1 on stdin/stdout</source>
        <translation><numerusform>serving %n tool of %1 on stdin/stdout</numerusform><numerusform>serving %n tools of %1 on stdin/stdout</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 (%2) from %3 (%4), %5 breaking:</source>
        <translation><numerusform>%n change to %1 (%2) from %3 (%4), %5 breaking:</numerusform><numerusform>%n changes to %1 (%2) from %3 (%4), %5 breaking:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied; saved %1.</source>
        <translation><numerusform>%n change applied; saved %1.</numerusform><numerusform>%n changes applied; saved %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) in its spec %2 not applied yet, %3 breaking:</source>
        <translation><numerusform>%1: %n change in its spec %2 not applied yet, %3 breaking:</numerusform><numerusform>%1: %n changes in its spec %2 not applied yet, %3 breaking:</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::CanvasPage</name>
    <message numerus="yes">
        <source>Of %n sample record(s), nothing sent:</source>
        <translation><numerusform>Of %n sample record, nothing sent:</numerusform><numerusform>Of %n sample records, nothing sent:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The lookups asked the API %n time(s)</source>
        <translation><numerusform>The lookups asked the API %n time</numerusform><numerusform>The lookups asked the API %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and answered %n from the cache.</source>
        <translation><numerusform>and answered %n from the cache.</numerusform><numerusform>and answered %n from the cache.</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::CanvasView</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation><numerusform>%n field</numerusform><numerusform>%n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation><numerusform>Delete %n item</numerusform><numerusform>Delete %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation><numerusform>Copied %n node</numerusform><numerusform>Copied %n nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation><numerusform>Paste %n node</numerusform><numerusform>Paste %n nodes</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ConnectorDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Key:&lt;/i&gt; %4&lt;br&gt;%n endpoint(s) · &lt;a href="%5"&gt;documentation&lt;/a&gt;</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Key:&lt;/i&gt; %4&lt;br&gt;%n endpoint · &lt;a href="%5"&gt;documentation&lt;/a&gt;</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Key:&lt;/i&gt; %4&lt;br&gt;%n endpoints · &lt;a href="%5"&gt;documentation&lt;/a&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ImportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n connection(s)</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt;: %n connection</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt;: %n connections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n endpoint(s)</source>
        <translation><numerusform>, %n endpoint</numerusform><numerusform>, %n endpoints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> in %n group(s)</source>
        <translation><numerusform> in %n group</numerusform><numerusform> in %n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n problem(s) below</source>
        <translation><numerusform>; %n problem below</numerusform><numerusform>; %n problems below</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; to %1</source>
        <translation><numerusform>&lt;b&gt;%n change&lt;/b&gt; to %1</numerusform><numerusform>&lt;b&gt;%n changes&lt;/b&gt; to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n breaking. Tick those to apply; undo takes them all back.</source>
        <translation><numerusform>, %n breaking. Tick those to apply; undo takes them all back.</numerusform><numerusform>, %n breaking. Tick those to apply; undo takes them all back.</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 has %n problem(s); see the Problems list</source>
        <translation><numerusform>%1 has %n problem; see the Problems list</numerusform><numerusform>%1 has %n problems; see the Problems list</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation><numerusform>%n connection</numerusform><numerusform>%n connections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation><numerusform>%n endpoint</numerusform><numerusform>%n endpoints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation><numerusform>%n integration</numerusform><numerusform>%n integrations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation><numerusform>%n environment</numerusform><numerusform>%n environments</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::MappingEditor</name>
    <message numerus="yes">
        <source>%n sample record(s) of %1; errors in red (hover for the message).</source>
        <translation><numerusform>%n sample record of %1; errors in red (hover for the message).</numerusform><numerusform>%n sample records of %1; errors in red (hover for the message).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Auto-map proposes %n line(s): accept or reject them below.</source>
        <translation><numerusform>Auto-map proposes %n line: accept or reject them below.</numerusform><numerusform>Auto-map proposes %n lines: accept or reject them below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested line(s)</source>
        <translation><numerusform>Accept %n suggested line</numerusform><numerusform>Accept %n suggested lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sample record(s) of “%1” in the preview</source>
        <translation><numerusform>%n sample record of “%1” in the preview</numerusform><numerusform>%n sample records of “%1” in the preview</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from the webhook's inbox in the preview</source>
        <translation><numerusform>%n event from the webhook's inbox in the preview</numerusform><numerusform>%n events from the webhook's inbox in the preview</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::NodeEditor</name>
    <message numerus="yes">
        <source>Keeps every record (%n sample record(s)).</source>
        <translation><numerusform>Keeps every record (%n sample record).</numerusform><numerusform>Keeps every record (%n sample records).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 of %n sample record(s).</source>
        <translation><numerusform>Keeps %1 of %n sample record.</numerusform><numerusform>Keeps %1 of %n sample records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lookup: %n record(s) a request</source>
        <translation><numerusform>Lookup: %n record a request</numerusform><numerusform>Lookup: %n records a request</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProjectEdits</name>
    <message numerus="yes">
        <source>Deleted “%1” and its %n endpoint(s). Edit › Undo brings them back.</source>
        <translation><numerusform>Deleted “%1” and its %n endpoint. Edit › Undo brings them back.</numerusform><numerusform>Deleted “%1” and its %n endpoints. Edit › Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) used them: see Problems.</source>
        <translation><numerusform>%n integration used them: see Problems.</numerusform><numerusform>%n integrations used them: see Problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) used it: see Problems.</source>
        <translation><numerusform>%n integration used it: see Problems.</numerusform><numerusform>%n integrations used it: see Problems.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %1 with %n endpoint(s). Its key: %2</source>
        <translation><numerusform>Added %1 with %n endpoint. Its key: %2</numerusform><numerusform>Added %1 with %n endpoints. Its key: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n endpoint(s) from %1</source>
        <translation><numerusform>Imported %n endpoint from %1</numerusform><numerusform>Imported %n endpoints from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the spec applied to %1</source>
        <translation><numerusform>%n change of the spec applied to %1</numerusform><numerusform>%n changes of the spec applied to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::RequestConsole</name>
    <message numerus="yes">
        <source>“%1” now knows its records: %n field(s)</source>
        <translation><numerusform>“%1” now knows its records: %n field</numerusform><numerusform>“%1” now knows its records: %n fields</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n sample(s) kept</source>
        <translation><numerusform>; %n sample kept</numerusform><numerusform>; %n samples kept</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ResponseView</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation><numerusform>{%n field}</numerusform><numerusform>{%n fields}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation><numerusform>[%n item]</numerusform><numerusform>[%n items]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… %n more (see the Pretty view)</source>
        <translation><numerusform>… %n more (see the Pretty view)</numerusform><numerusform>… %n more (see the Pretty view)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n retry(s)</source>
        <translation><numerusform>%n retry</numerusform><numerusform>%n retries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match(es)</numerusform><numerusform>%n match(es)</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::RunsView</name>
    <message numerus="yes">
        <source>Last %n run(s) of “%1”</source>
        <translation><numerusform>Last %n run of “%1”</numerusform><numerusform>Last %n runs of “%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::TrayController</name>
    <message numerus="yes">
        <source>%n schedule(s) active</source>
        <translation><numerusform>%n schedule active</numerusform><numerusform>%n schedules active</numerusform></translation>
    </message>
</context>
</TS>