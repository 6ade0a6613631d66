<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Connect web APIs to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A *.patchbay.json project to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::DataDir</name>
    <message>
        <source>The data directory %1 is a file, not a folder. Choose another place with --data-dir or PATCHBAY_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1. Check that you may write to its parent folder, or choose another place with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::EnvSecretStore</name>
    <message>
        <source>No secret for %1: the environment variable %2 is not set (--secrets-from-env reads secrets from the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be stored while they come from environment variables (--secrets-from-env); set %1 in the environment of the process instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::Formula</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;and&quot; to combine conditions (&quot;&amp;&quot; joins text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write &quot;or&quot; for either condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no meaning here; text belongs in quotes, like &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text that starts here has no closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this &quot;)&quot; has no &quot;(&quot; to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; put an operator such as &amp; or + between values, or a comma between a function&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula ends too early; %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula is nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two comparisons in a row; combine them with and, e.g. a &lt; b and b &lt; c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name must follow &quot;.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside [ ] put a position (0 for the first, -1 for the last), * for all, or a field name in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this &quot;[&quot; is not closed with &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula ends too early; a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing &quot;)&quot; for the &quot;(&quot; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula starts with a field name; [&quot;odd name&quot;] for names with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1; a value, a field or a function is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — see the list of functions in docs/functions.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;)&quot; to close %1(</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2: %3; it got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lookup table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the project has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; add one to the project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1 to a number; to join text, use &amp; instead of +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to find is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the separator is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count must be a whole number of 0 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start is counted from 1 (the first character), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the padding must be one character, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;{&quot; in the pattern is not closed with &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decimal separator must be &quot;.&quot; or &quot;,&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of digits must be a whole number from -15 to 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as &quot;Europe/Oslo&quot; or &quot;America/New_York&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; write dates as ISO 8601, e.g. &quot;2024-03-05&quot; or &quot;2024-03-05T10:00:00Z&quot;, or read them with parseDate(text, pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of days must be whole; for hours, add days / 24 with toUnixTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is %1, neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition gave %1, neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order must be &quot;asc&quot; or &quot;desc&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither true nor false (yes/no, 1/0, on/off work too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::HttpClient</name>
    <message>
        <source>Connection &quot;%1&quot; is not signed in (OAuth2 authorization code). Open the connection and press Sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching an OAuth2 access token for connection &quot;%1&quot; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the new refresh token of connection &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get an OAuth2 access token for connection &quot;%1&quot; from %2: %3. Check the client id, the client secret and the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::HttpExchange</name>
    <message>
        <source>Cancelled. %1 was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit of connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Tried %1 times.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not sent again: a %1 without an idempotency key could be applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 is larger than the limit of connection &quot;%2&quot; (%3 MB) and was cut off. Raise maxResponseBytes if such a reply is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply from %1 within %2 s (the timeout of connection &quot;%3&quot;). The server may be overloaded or down; try again later, or raise timeoutMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused — nothing is listening there. Is the server running, and are the host and port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS). Check the spelling of the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a certificate of its own, add its CA certificate to the connection (TLS › CA file) rather than turning verification off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed in the middle of the reply (after %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before a reply came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to a non-web address; not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 redirect to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 is not valid JSON (%2 bytes; cut off or garbled?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → 401, fetching a new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-ratelimit-reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server asks to wait %2 s before trying again (%3), longer than the %4 s connection &quot;%5&quot; allows (retry › maxRetryAfterS). Try again later, or raise that limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Salesforce&apos;s API request limit is used up.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of connection &quot;%1&quot; were refused; check them in the connection editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this; check the permissions (scopes) of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::Json</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in this object; remove all but one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1). Look for a missing comma, quote or bracket at or just before this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::JsonReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; remove it (Patchbay does not know what it means here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::JsonRecordStream</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside the JSON array, after record %1; the closing &quot;]&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after record %1 a comma or &quot;]&quot; should follow, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input ends inside record %1 of the JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 s. It may be locked and waiting for its password in a window you cannot see. Unlock it (log in to your desktop session, or run `gnome-keyring-daemon --unlock`) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1 yet. Enter it in the connection editor, or store it with `patchbay-cli secret set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to %1 (%2). Unlock the keychain and allow Patchbay to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Patchbay keeps secrets only there, never in plain files. On a desktop, log in to a session with GNOME Keyring or KWallet running (or start it: `gnome-keyring-daemon --start --components=secrets`). On a server without a keychain, pass --secrets-from-env and provide each secret as PATCHBAY_SECRET_&lt;CONNECTION&gt;_&lt;FIELD&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::OAuth2SignIn</name>
    <message>
        <source>No answer from the browser for connection &quot;%1&quot;; the sign-in was given up. Try again, and finish the sign-in in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the sign-in&apos;s redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay is signed in. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; was refused: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; came back without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of connection &quot;%1&quot; failed when exchanging the code for a token at %2: %3. Check the token URL and the client id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ProjectFile</name>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, or {&quot;secret&quot;: true} for a value kept in the keychain; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret must not be written into the project file; replace the value with {&quot;secret&quot;: true} and store it in the keychain (connection editor, or `patchbay-cli secret set`), or refer to a secret variable as &quot;{{name}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;secret&quot;: true} or a &quot;{{variable}}&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pagination style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON Schema object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record error policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a row of two texts, [&quot;key&quot;, &quot;value&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1); check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file; check the name and folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project file holds one JSON object, but this one holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but missing; is this a Patchbay project? A project file starts with &quot;formatVersion&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project was saved by a newer version of Patchbay (file format %1); this version reads format %2. Update Patchbay to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project: %1. Check that the folder exists and that you may write to it; the file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project: %1. Is the disk full? The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ProjectValidator</name>
    <message>
        <source>another environment is already called &quot;%1&quot;; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot; (starting with a letter or digit, at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another %1 already has the id &quot;%2&quot;; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name; start with a letter or &quot;_&quot;, then use letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {{%1}}, which neither the project nor any environment defines; add it to the variables or pass --var %1=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean {{%1}}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; write it like &quot;https://api.example.com/v1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate checks are off for this connection: anyone on the network path can read and change its traffic, secrets included. Configure a CA file instead if the server uses its own certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be smaller than baseDelayMs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with the id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint chosen yet; the integration cannot run until it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target field &quot;%1&quot; is mapped twice; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no source node yet; the integration cannot run without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no target node yet; the integration cannot run without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as &quot;Europe/Oslo&quot; or &quot;America/New_York&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wire cannot lead from a node back into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target node only receives records; a wire cannot start at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source node only produces records; a wire cannot end at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this wire from &quot;%1&quot; to &quot;%2&quot; is there twice; remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wires form a loop through &quot;%1&quot;; records must flow from a source to a target without coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another lookup table is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is in this table twice; a lookup needs unique keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::RecordPipeline</name>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target path; write field names with dots and positions in brackets, e.g. address.city or tags[0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: the condition gave %1, neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, but the formula gave nothing (null)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::RequestBuilder</name>
    <message>
        <source>the auth of connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of connection &quot;%2&quot; is not available (keychain key %3). Enter it in the connection editor or with `patchbay-cli secret set`, or provide it with --secrets-from-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; uses the connection &quot;%2&quot;, which the project does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL of connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of %1 is not a web address: &quot;%2&quot;. It must start with http:// or https:// and name a host; check the base URL and the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query parameter &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name (%2); use letters, digits and -, without spaces or colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::Store</name>
    <message>
        <source>Cannot create the Patchbay database %1: %2. Check that you may write to the data directory, or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the Patchbay database %2 is locked by another program and stayed locked for %3 s (%4). Close other programs that use it (another Patchbay, a database browser) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk that holds %2 is full (%3). Free some space and try again; nothing already stored was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the Patchbay database %2 is damaged (%3). Nothing was changed. Move the file aside (keep it: it holds your run history and checkpoints) and Patchbay will start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: Patchbay may not write to %2 (%3). Check the permissions of the file and its folder, or choose another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk reported an error while using %2 (%3). Check the disk and that there is free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in the Patchbay database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Patchbay database %1 could not be set up safely: %2 is %3, expected %4. Is the data directory on a network drive? Use a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Patchbay database %1 was written by a newer version of Patchbay (schema %2; this version knows up to %3). It was not changed. Update Patchbay, or use another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the entry before it (its link was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::TemplateRenderer</name>
    <message>
        <source>{{%1}} in %2 refers to the record being sent, but there is none here; it works in a target endpoint of an integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown variable {{%1}} in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Did you mean {{%1}}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Define it in the project&apos;s variables or the environment, or pass --var %1=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret variable {{%1}} in %2 has no value: store it in the keychain (key %3) or provide it with --secrets-from-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break. A header value with a line break could add headers of its own, so it is refused; remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break (from a variable&apos;s value). A header value with a line break could add headers of its own, so the request was not sent; remove the line break from the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::cli</name>
    <message>
        <source>Where the run history and checkpoints live (default: ~/.local/share/patchbay, or PATCHBAY_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read secrets from PATCHBAY_SECRET_&lt;CONNECTION&gt;_&lt;FIELD&gt; environment variables instead of the system keychain (for servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a project variable for this command; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patchbay-cli [global options] COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay connects web APIs to each other. patchbay-cli runs its projects from scripts and on servers, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a command does and how to call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (network, a non-2xx reply, a failed run), 2 wrong command line or project, 130 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: patchbay-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE with a valid variable name, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: patchbay-cli help %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: patchbay-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not valid: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>valid — %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check a project file and list every problem in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads FILE (a *.patchbay.json project) and lists every problem at once, each as
&quot;FILE: error: path: message&quot;, where path is the place in the file, e.g.
connections[1].auth.type. Warnings do not make a project invalid.

Exit code: 0 valid, 2 not valid (or not readable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them before formatting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in Patchbay&apos;s canonical format; run patchbay-cli format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite a project file in the canonical layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay writes projects with a fixed key order and a 2-space indent, so that they
diff well in git. format rewrites a hand-edited FILE that way (atomically); with
--check it only says whether FILE is already formatted (exit 0) or not (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected set or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 PROJECT CONNECTION FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no connection &quot;%1&quot;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; uses auth type %2, which has no secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret of the connection &quot;%2&quot; (auth type %3); its secret fields are: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the secret %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 for the connection &quot;%2&quot; (not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value on standard input; pipe it in, e.g. `printf %s &quot;$TOKEN&quot; | patchbay-cli secret set …`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the secret %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or delete a connection&apos;s secret in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set reads the value from standard input — never from the command line, where other
users could see it in the process list — and stores it in the system keychain under
the key PROJECT-ID/CONNECTION/FIELD. delete removes it.

FIELD is the secret of the connection&apos;s auth type: key (apiKey), token (bearer),
password (basic), clientSecret or refreshToken (oauth2).

Example: printf %s &quot;$CRM_TOKEN&quot; | patchbay-cli secret set demo.patchbay.json crm token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in %1 is BROKEN at entry %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail in %1 is intact: %n entry(s), each chained to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the audit trail is complete and unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of the audit trail (what data went where, and when) carries the SHA-256
hash of its own content and of the line before it. verify walks the whole trail and
reports the first line that is missing or was changed.

Exit code: 0 intact, 1 broken or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), listed above; fix, then try again (patchbay-cli validate %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use the variables of this environment of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no environment &quot;%1&quot;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the request was not added to the history: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send an endpoint&apos;s request and show the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the request of ENDPOINT from PROJECT (variables from --var, the environment and
the project; secrets from the keychain, or the environment with --secrets-from-env),
sends it with the connection&apos;s auth, retries and rate limit, and prints the status
line, the headers and the body (pretty-printed when it is JSON). Secrets are masked as
•••• everywhere, and the request is added to the history, masked too.

--json prints one object: url, method, status, reason, headers, body, duration_ms,
attempts, size (and error).

Exit code: 0 for a 2xx reply, 1 for any other status or a network failure, 2 for a
wrong command line or project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the reply as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each attempt, wait and redirect on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an endpoint&apos;s request as a cURL command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the request that `send` would send, as a cURL command for a shell. Credentials
and secret values are masked as •••• unless --reveal is given (then they are read from
the keychain, and the command holds them in clear: do not paste it where others see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secrets in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection &quot;%1&quot; does not sign in through a browser (it is not OAuth2 with the authorization code grant); store its secret with `secret set`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the server gave no refresh token, so Patchbay cannot stay signed in. Ask for offline access in the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot;; the refresh token is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an OAuth2 connection in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a connection with OAuth2&apos;s authorization code grant: prints an address to open in a
browser, waits for the sign-in to come back to 127.0.0.1 (PKCE, RFC 8252), and keeps the
refresh token in the keychain. Later requests use it to get access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the requests sent by hand, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the request history of the data directory: time, status, method, URL and duration.
Secrets were masked before anything was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many (20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no integration &quot;%1&quot;; it has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish writing %1 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output to %1 (is the disk full, or the reader gone?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mapped, %2 filtered out, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an integration&apos;s filter and mapping over records from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads records — a JSON array, or JSON Lines (one record a line) — from --in (default:
standard input), runs the integration&apos;s filter and map nodes over each, and writes one
mapped record a line to --out (default: standard output). Records are read one at a
time, so memory stays flat whatever the size.

A record that fails is reported on stderr as &quot;record N, field F: message&quot; and the
others go on. Exit code: 0 all mapped (or filtered out), 1 some failed, 2 a wrong command
line, project or formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read records from FILE (&apos;-&apos;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mapped records to FILE (&apos;-&apos;: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts at the end (always on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::MainWindow</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Patchbay %1&lt;/b&gt;&lt;p&gt;Connect web APIs to each other, without programming.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay projects (*.patchbay.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); see the Problems list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Patchbay&lt;/h2&gt;&lt;p&gt;Open a project with &lt;b&gt;File › Open&lt;/b&gt; to connect web APIs to each other.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;This project could not be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Problems&lt;/b&gt; list below says what is wrong and where. The file was not changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3 connections · %4 endpoints · %5 integrations · %6 environments&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchbay::ui::ProjectExplorer</name>
    <message>
        <source>Project explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, auth: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
