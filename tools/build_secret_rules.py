# ruff: noqa: E501 - a table of formats: long patterns and messages read better on one line
"""Writes rules/default/secrets-providers.yaml: one rule per credential family, each with examples.

Formats come from the providers' documentation and public scanner rule sets (gitleaks, detect-secrets,
trufflehog); the patterns are written here. Example values are random but seeded, so re-running
writes the same file: ``--check`` fails when the YAML and this table disagree (an edit made in the
YAML, or a table change not yet written). Run: .venv/bin/python tools/build_secret_rules.py [--check]
"""

from __future__ import annotations

import base64
import random
import re
import string
import sys
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parents[1] / "rules" / "default" / "secrets-providers.yaml"
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
LOWER = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "_-"
# Example values are made up from a fixed seed: the output depends only on this table.
_RNG = random.Random(20261205)


class Flow(list):
    """A list written on one line (a long keyword list would take a line per keyword)."""


yaml.SafeDumper.add_representer(
    Flow, lambda dumper, value: dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)
)


def r(n: int, alphabet: str = ALNUM) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def uuid() -> str:
    return f"{r(8, HEX)}-{r(4, HEX)}-{r(4, HEX)}-{r(4, HEX)}-{r(12, HEX)}"


# "Not preceded by a token character": a look-behind after the literal prefix (see secrets.yaml).
def tok(prefix_re: str, body: str, left: str = "A-Za-z0-9_-", right: str = "A-Za-z0-9_-") -> str:
    body = f"(?:{body})" if "|" in body else body  # an alternation must not swallow the prefix
    after = f"{prefix_re}(?<![{left}]{prefix_re}){body}(?![{right}])"
    try:
        re.compile(after)
    except re.error:  # a prefix of several widths: the look-behind goes first (the prefilter selects it)
        return f"(?<![{left}]){prefix_re}{body}(?![{right}])"
    return after


def ctx(keys: str, value: str) -> str:
    """A value assigned to a key naming the provider: DATADOG_API_KEY=..., "okta_token": "..."."""
    return (
        f"(?i:{keys})[\\w.-]{{0,30}}+[\"']?[^\\S\\n]{{0,3}}(?:=>|:=|[:=]|<-)[^\\S\\n]{{0,3}}[\"'`]?"
        f"(?P<value>{value})(?![A-Za-z0-9_+/=-])"
    )


RULES: list[dict] = []


def family(rid, message, revoke, patterns, match, no_match, keywords=None, keywords_match_case=False):
    pats = []
    for i, p in enumerate(patterns):
        if isinstance(p, str):
            p = {"pattern": p}
        entry = {
            "name": p.get("name", f"p{i + 1}" if len(patterns) > 1 else "token"),
            "pattern": p["pattern"],
            # Masks and documentation examples (AKIAXXXXXXXXXXXXXXXX) are not credentials.
            "check": "not_placeholder",
        }
        if "(?P<value>" in p["pattern"]:
            entry["group"] = "value"
        kw = p.get("keywords", keywords)
        if p.get("keywords_match_case", keywords_match_case):
            entry["keywords_match_case"] = True
        if kw:
            entry["keywords"] = Flow(kw) if len(kw) > 20 else kw
        pats.append(entry)
    RULES.append(
        {
            "id": f"secret.{rid}",
            "category": "secret",
            "detector": "regex",
            "severity": "high",
            "message": message,
            "guidance": f"Remove it and revoke it now ({revoke}): a published credential is compromised.",
            "options": {"patterns": pats},
            "examples": {"match": match, "no_match": no_match},
        }
    )


def m(text: str, secret: str) -> dict:
    return {"text": text, "secret": secret}


# ---- Cloud providers -----------------------------------------------------------------------------
v = r(100, B64)
family(
    "aws_session_token",
    "AWS session token",
    "end the session in AWS IAM and rotate the keys that made it",
    [tok("(?:FwoGZXIvYXdzE|IQoJb3JpZ2luX2Vj)", "[A-Za-z0-9/+=]{80,2000}+", "A-Za-z0-9/+=", "A-Za-z0-9/+=")],
    ["IQoJb3JpZ2luX2Vj" + v],
    ["IQoJb3JpZ2luX2Vj" + v[:20], "IQoJb3JpZ2luX2 is how a session token begins"],
    keywords=["fwogzxivyxdze", "iqojb3jpz2lux2vj"],
)
v = f"amzn.mws.{uuid()}"
family(
    "aws_mws_key",
    "Amazon MWS auth token",
    "Amazon Seller Central, User Permissions",
    [tok(r"amzn\.mws\.", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "A-Za-z0-9.")],
    [m(f"MWS_AUTH_TOKEN={v}", v)],
    ["amzn.mws.1234", "amzn.mws.<token>"],
    keywords=["amzn.mws."],
)
v = r(40, HEX)
family(
    "gcp_service_account_key",
    "Google Cloud service-account key (JSON key file)",
    "Google Cloud console, IAM, Service accounts, Keys: delete the key",
    ['"private_key_id"[^\\S\\n]{0,3}:[^\\S\\n]{0,3}"(?P<value>[0-9a-f]{40})"'],
    [
        m(
            f'{{"type": "service_account", "private_key_id": "{v}", "client_email": "ci@proj.iam.gserviceaccount.com"}}',
            v,
        )
    ],
    ['"private_key_id": "YOUR_KEY_ID"', f'"private_key_id": "{v[:20]}"'],
    keywords=['"private_key_id"'],
)
v = "GOCSPX-" + r(28, URLSAFE)
family(
    "google_oauth_client_secret",
    "Google OAuth client secret",
    "Google Cloud console, APIs & Services, Credentials: reset the secret",
    [tok("GOCSPX-", "[A-Za-z0-9_-]{28}")],
    [m(f'"client_secret": "{v}"', v)],
    ["GOCSPX-" + r(10), "GOCSPX-<client secret>"],
)
v = "1//0" + r(1, "gh") + r(99, URLSAFE)
family(
    "google_oauth_refresh_token",
    "Google OAuth refresh token",
    "the Google account's Security page, Third-party access",
    [tok("1//0", "[A-Za-z0-9_-]{40,512}+", "A-Za-z0-9/")],
    [m(f"refresh_token: {v}", v)],
    ["1//0abc", "see 1//0 in the docs"],
    keywords=["1//0"],
)
v = "ya29." + r(120, URLSAFE)
family(
    "google_oauth_access_token",
    "Google OAuth access token",
    "the Google account's Security page, Third-party access",
    [tok(r"ya29\.", "[A-Za-z0-9_-]{50,2048}+", "A-Za-z0-9")],
    [m(f"Authorization: Bearer {v}", v)],
    ["ya29.short", "ya29.<access_token>"],
    keywords=["ya29."],
)
v = r(86, B64) + "=="
family(
    "azure_storage_account_key",
    "Azure storage account key",
    "Azure portal, Storage account, Access keys: rotate the key",
    [
        # Inside a connection string, quoted or not: the label names the key, which people paste
        # shortened or re-typed (40 base64 characters or more).
        "AccountKey=(?P<value>[A-Za-z0-9+/]{40,86}={0,2})(?![A-Za-z0-9+/=])",
        ctx("azure_?storage_?(?:account_?)?key|storage_?account_?key", "[A-Za-z0-9+/]{86}=="),
    ],
    [
        m(
            f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={v};EndpointSuffix=core.windows.net",
            v,
        ),
        m(f'AZURE_STORAGE_KEY="{v}"', v),
    ],
    ["AccountKey=<your-account-key>", "AccountKey=" + r(20, B64)],
    keywords=None,
)
RULES[-1]["options"]["patterns"][0]["keywords"] = ["accountkey="]
RULES[-1]["options"]["patterns"][1]["keywords"] = ["storage"]
v = r(43, ALNUM + "%") + "%3D"
family(
    "azure_sas_token",
    "Azure shared access signature (SAS)",
    "Azure portal: rotate the storage key that signed it, or revoke its stored access policy",
    [
        "sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\\s\"'<>]{0,400}?(?<![A-Za-z0-9])sig=(?P<value>[A-Za-z0-9%+/]{40,128}+)"
    ],
    [
        m(
            f"https://acme.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2027-01-01T00:00:00Z&sig={v}",
            v,
        )
    ],
    ["https://acme.blob.core.windows.net/c?sv=2022-11-02&sig=<signature>", "sig=" + v],
    keywords=["sig="],
)
v = r(3, URLSAFE + "~.") + str(_RNG.randrange(10)) + "Q~" + r(34, URLSAFE + "~.")
family(
    "azure_ad_client_secret",
    "Microsoft Entra ID (Azure AD) client secret",
    "Azure portal, App registrations, Certificates & secrets: delete the secret",
    ["(?<![A-Za-z0-9_~.-])(?P<value>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])"],
    [m(f'AZURE_CLIENT_SECRET="{v}"', v)],
    ["abc8Q~short", "client secret: 8Q~ goes here"],
    keywords=[f"{d}q~" for d in range(10)],
)
v = "LTAI" + r(20)
family(
    "alibaba_access_key",
    "Alibaba Cloud AccessKey ID",
    "Alibaba Cloud RAM console, AccessKey management",
    [tok("LTAI", "[A-Za-z0-9]{12,20}", "A-Za-z0-9", "A-Za-z0-9")],
    [m(f"ALIBABA_CLOUD_ACCESS_KEY_ID={v}", v)],
    ["LTAI1234", "LTAI is the prefix of an AccessKey"],
)
v = "AKID" + r(32)
family(
    "tencent_secret_id",
    "Tencent Cloud SecretId",
    "Tencent Cloud CAM console, API keys",
    [tok("AKID", "[A-Za-z0-9]{32}", "A-Za-z0-9", "A-Za-z0-9")],
    [m(f"TENCENTCLOUD_SECRET_ID={v}", v)],
    ["AKID" + r(10), "AKIDxxxxxxxx"],
)
v = r(44, URLSAFE)
family(
    "ibm_cloud_api_key",
    "IBM Cloud API key",
    "IBM Cloud console, Manage, Access (IAM), API keys",
    [ctx("ibm_?(?:cloud_?)?api_?key|ibmcloud_api_key", "[A-Za-z0-9_-]{44}")],
    [m(f"IBMCLOUD_API_KEY={v}", v)],
    ["IBMCLOUD_API_KEY=${IBM_KEY}", "ibm_api_key: " + r(12)],
    keywords=["ibm"],
)
v = r(40) + "=="
family(
    "oracle_cloud_auth_token",
    "Oracle Cloud (OCI) auth token or key",
    "OCI console, User settings, Auth tokens / API keys",
    [ctx("oci_?(?:cli_?)?(?:auth_?token|pass_?phrase|key_?password)", "[^\\s\"'`]{8,128}")],
    [m(f"OCI_CLI_AUTH_TOKEN='{v}'", v)],
    ["OCI_CLI_AUTH_TOKEN=", "oci auth tokens expire"],
    keywords=["oci"],
)
v = "dop_v1_" + r(64, HEX)
family(
    "digitalocean_token",
    "DigitalOcean token",
    "DigitalOcean control panel, API, Tokens",
    [tok("do[por]_v1_", "[a-f0-9]{64}")],
    [v, "doo_v1_" + r(64, HEX), "dor_v1_" + r(64, HEX)],
    ["dop_v1_" + r(20, HEX), "dop_v2_" + r(64, HEX)],
    keywords=["dop_v1_", "doo_v1_", "dor_v1_"],
)
v = "HRKU-AA" + r(58, URLSAFE)
family(
    "heroku_api_key",
    "Heroku API key",
    "Heroku dashboard, Account settings, API key: regenerate",
    [
        tok("HRKU-", "[A-Za-z0-9_-]{60}"),
        {
            "pattern": ctx("heroku", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            "keywords": ["heroku"],
        },
    ],
    [v, m(f"HEROKU_API_KEY={(u := uuid())}", u)],
    ["HRKU-" + r(10), "HEROKU_API_KEY=$HEROKU_API_KEY"],
)
RULES[-1]["options"]["patterns"][0]["keywords"] = ["hrku-"]
v = r(40, URLSAFE)
family(
    "cloudflare_api_token",
    "Cloudflare API token or key",
    "Cloudflare dashboard, My Profile, API Tokens: roll or delete",
    [
        {
            "pattern": ctx("cloudflare|cf_api_(?:token|key)", "[A-Za-z0-9_-]{37,40}"),
            "keywords": ["cloudflare", "cf_api_"],
        },
        {"pattern": tok(r"v1\.0-", "[a-f0-9]{24}-[a-f0-9]{146}", "A-Za-z0-9."), "keywords": ["v1.0-"]},
    ],
    [m(f"CLOUDFLARE_API_TOKEN={v}", v), "v1.0-" + r(24, HEX) + "-" + r(146, HEX)],
    ["CLOUDFLARE_API_TOKEN=<token>", "v1.0-" + r(24, HEX)],
)
v = "FlyV1 fm2_" + r(120, B64)
family(
    "flyio_token",
    "Fly.io access token",
    "flyctl tokens revoke, or the Fly.io dashboard",
    [
        {"pattern": "(?<![A-Za-z0-9])FlyV1 fm[12][ar]?_[A-Za-z0-9+/=_-]{80,4096}+", "keywords": ["flyv1 fm"]},
        {"pattern": tok("fo1_", "[A-Za-z0-9_-]{43}"), "keywords": ["fo1_"]},
    ],
    [v, "fo1_" + r(43, URLSAFE)],
    ["FlyV1 fm2_short", "fo1_" + r(12)],
)
v = "rnd_" + r(32)
family(
    "render_api_key",
    "Render API key",
    "Render dashboard, Account settings, API keys",
    [tok("rnd_", "[A-Za-z0-9]{32}")],
    [v],
    ["rnd_" + r(16), "rnd_<api key>"],
)
v = r(24)
family(
    "vercel_token",
    "Vercel access token",
    "Vercel dashboard, Account settings, Tokens",
    [
        {"pattern": ctx("vercel", "[A-Za-z0-9]{24}"), "keywords": ["vercel"]},
        {"pattern": tok("vc[pkiar]_", "[A-Za-z0-9]{56,64}"), "keywords": [f"vc{c}_" for c in "pkiar"]},
    ],
    [m(f"VERCEL_TOKEN={v}", v)],
    ["VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}", "vercel deploy --prod"],
)
v = "nfp_" + r(36)
family(
    "netlify_token",
    "Netlify access token",
    "Netlify user settings, Applications, Personal access tokens",
    [
        {"pattern": tok("nfp_", "[A-Za-z0-9]{36}"), "keywords": ["nfp_"]},
        {"pattern": ctx("netlify_?(?:auth_?)?token", "[A-Za-z0-9_-]{40,46}"), "keywords": ["netlify"]},
    ],
    [v, m(f"NETLIFY_AUTH_TOKEN={(w := r(43, URLSAFE))}", w)],
    ["nfp_" + r(10), "NETLIFY_AUTH_TOKEN=changeme"],
)
v = "sbp_" + r(40, HEX)
family(
    "supabase_token",
    "Supabase access token or secret key",
    "Supabase dashboard, Account, Access tokens / Project settings, API keys",
    [
        {"pattern": tok("sbp_", "[a-f0-9]{40}"), "keywords": ["sbp_"]},
        {"pattern": tok("sb_secret_", "[A-Za-z0-9_-]{30,64}"), "keywords": ["sb_secret_"]},
    ],
    [v, "sb_secret_" + r(32, URLSAFE)],
    ["sbp_" + r(12, HEX), "sb_publishable_" + r(32, URLSAFE)],
)
v = "pscale_tkn_" + r(43, URLSAFE)
family(
    "planetscale_token",
    "PlanetScale token or password",
    "PlanetScale dashboard, Settings, Service tokens / Passwords",
    [tok("pscale_(?:pw|tkn|oauth)_", "[A-Za-z0-9_.=-]{32,64}")],
    [v, "pscale_pw_" + r(43, URLSAFE)],
    ["pscale_tkn_" + r(8), "pscale_db_" + r(43)],
    keywords=["pscale_pw_", "pscale_tkn_", "pscale_oauth_"],
)
v = r(14, LOWER) + ".atlasv1." + r(67, LOWER)
family(
    "terraform_cloud_token",
    "Terraform Cloud / HCP Terraform API token",
    "HCP Terraform, User settings, Tokens",
    ["(?<![A-Za-z0-9])(?P<value>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])"],
    [m(f'token = "{v}"', v)],
    ["abc.atlasv1.def", "tokens contain .atlasv1. in the middle"],
    keywords=[".atlasv1."],
)
v = "pul-" + r(40, HEX)
family(
    "pulumi_token",
    "Pulumi access token",
    "Pulumi Cloud, Settings, Access tokens",
    [tok("pul-", "[a-f0-9]{40}")],
    [v],
    ["pul-" + r(20, HEX), "pul-<token>"],
)
v = "dp.pt." + r(43)
family(
    "doppler_token",
    "Doppler token",
    "Doppler dashboard, Tokens / Access",
    [tok(r"dp\.(?:pt|st|ct|sa|scim|audit)\.", "[A-Za-z0-9]{40,44}", "A-Za-z0-9_.-")],
    [v, "dp.st.prd."[:6] + r(43)],
    ["dp.pt." + r(10), "dp.xx." + r(43)],
    keywords=["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."],
)
v = "hvs." + r(24, URLSAFE)
family(
    "vault_token",
    "HashiCorp Vault token",
    "vault token revoke, or ask the Vault operators",
    [
        {
            "pattern": tok(r"hv[sbr]\.", "[A-Za-z0-9_-]{24,400}+", "A-Za-z0-9_.-"),
            "keywords": ["hvs.", "hvb.", "hvr."],
        },
        {"pattern": ctx("vault_?token|x-vault-token", "s\\.[A-Za-z0-9]{24}"), "keywords": ["vault"]},
    ],
    [v, "hvb." + r(120, URLSAFE), m(f"VAULT_TOKEN=s.{(w := r(24))}", "s." + w)],
    ["hvs.short", "VAULT_TOKEN=s.xxxx"],
)
v = "dapi" + r(32, HEX)
family(
    "databricks_token",
    "Databricks personal access token",
    "Databricks workspace, User settings, Access tokens",
    [tok("dapi", "[a-f0-9]{32}(?:-[0-9])?", "A-Za-z0-9", "A-Za-z0-9")],
    [v, v[:-1] + "a-2"],
    ["dapi" + r(16, HEX), "dapiXYZ"],
)
v = r(16, UPPER)
w = r(64, B64)
family(
    "confluent_api_secret",
    "Confluent Cloud API secret",
    "Confluent Cloud console, API keys",
    [ctx("confluent[\\w.-]{0,20}secret|(?:ccloud|kafka)_?api_?secret", "[A-Za-z0-9+/]{64}")],
    [m(f"CONFLUENT_CLOUD_API_SECRET={w}", w)],
    ["CONFLUENT_CLOUD_API_SECRET=<secret>", f"CONFLUENT_CLOUD_API_KEY={v}"],
    keywords=["confluent", "ccloud", "kafka"],
)
v = r(20)
family(
    "kafka_sasl_password",
    "Kafka SASL password in a JAAS config",
    "change the Kafka user's password (or the broker's SASL credentials)",
    [
        'sasl\\.jaas\\.config[^\\n]{0,300}?password[^\\S\\n]{0,3}=[^\\S\\n]{0,3}\\\\?"(?P<value>[^"\\s\\\\]{1,128})\\\\?"'
    ],
    [
        m(
            f'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="{v}";',
            v,
        )
    ],
    [
        'sasl.jaas.config=... password="${KAFKA_PASSWORD}";'[:0] + "sasl.mechanism=PLAIN",
        "set sasl.jaas.config in the client",
    ],
    keywords=["sasl.jaas.config"],
)

# ---- Developer platforms -----------------------------------------------------------------------
v = "glpat-" + r(20, URLSAFE)
family(
    "gitlab_pat",
    "GitLab personal, project or group access token",
    "GitLab, User settings, Access tokens",
    [tok("glpat-", "[A-Za-z0-9_.-]{20,300}+")],
    [v],
    ["glpat-" + r(8), "glpat-xxxxxxxx"],
)
family(
    "gitlab_deploy_token",
    "GitLab deploy token",
    "GitLab project, Settings, Repository, Deploy tokens",
    [tok("gldt-", "[A-Za-z0-9_-]{20,64}+")],
    ["gldt-" + r(20, URLSAFE)],
    ["gldt-" + r(6), "gldt-<token>"],
)
family(
    "gitlab_pipeline_trigger_token",
    "GitLab pipeline trigger token",
    "GitLab project, Settings, CI/CD, Pipeline trigger tokens",
    [tok("glptt-", "[A-Za-z0-9_-]{40}")],
    ["glptt-" + r(40, HEX)],
    ["glptt-" + r(12, HEX), "glptt-token"],
)
family(
    "gitlab_runner_token",
    "GitLab runner token",
    "GitLab, CI/CD, Runners: reset the token",
    [
        {"pattern": tok("glrt-", "[A-Za-z0-9_.-]{20,300}+"), "keywords": ["glrt-"]},
        # Registration tokens (deprecated): GR1348941 then 20 or more token characters.
        {"pattern": tok("GR1348941", "[A-Za-z0-9_-]{20,50}+"), "keywords": ["gr1348941"]},
    ],
    ["glrt-" + r(20, URLSAFE), "GR1348941" + r(20, URLSAFE)],
    ["glrt-" + r(6), "GR1348941" + r(5)],
)
family(
    "gitlab_other_token",
    "GitLab token (CI job, SCIM, mail, agent, OAuth, feed or feature-flag)",
    "GitLab, the settings page of that token's kind",
    # Each prefix has its own length (GitLab's token documentation, scanners' rule sets): an incoming-
    # mail token is 25 characters, an agent token 50 or more, an OAuth application secret 64, the
    # others 20 (up to 50 where GitLab lets an instance lengthen them). A prefix followed by another
    # length is no token of that kind.
    [
        "(?<![A-Za-z0-9_-])(?:(?:glcbt-[0-9a-fA-F]{1,5}_|glsoat-|glft-|glffct-|glrtr-|glso-|glwt-)[A-Za-z0-9_-]{20,50}+"
        "|glimt-[A-Za-z0-9_-]{25}|glagent-[A-Za-z0-9_-]{50,1024}+|gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])"
    ],
    [
        "glcbt-" + r(2, HEX) + "_" + r(20, URLSAFE),
        "glsoat-" + r(20, URLSAFE),
        "glimt-" + r(25, LOWER),
        "glagent-" + r(50, URLSAFE),
    ],
    [
        "glsoat-" + r(8),
        "glcbt-_" + r(20),
        "glimt-Wq7rT2zLp9Vb4Nc6Xk8Hj3",
        "glagent-Wq7rT2zLp9Vb4Nc6Xk8Hj3",
        "gloas-Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb4Nc6",
        "glsoat-Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2z",
    ],
    keywords=[
        "glcbt-",
        "glsoat-",
        "glimt-",
        "glagent-",
        "gloas-",
        "glft-",
        "glffct-",
        "glrtr-",
        "glso-",
        "glwt-",
    ],
)
v = "npm_" + r(36)
family(
    "npm_token",
    "npm access token",
    "npmjs.com, Access Tokens: delete the token",
    [
        {"pattern": tok("npm_", "[A-Za-z0-9]{36}"), "keywords": ["npm_"]},
        {
            "pattern": "_authToken[^\\S\\n]{0,3}=[^\\S\\n]{0,3}[\"']?(?![$<{%])(?P<value>[A-Za-z0-9_.+/=-]{20,1024}+)",
            "keywords": ["_authtoken"],
        },
    ],
    [v, m(f"//registry.npmjs.org/:_authToken={(w := uuid())}", w)],
    ["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "npm_" + r(20)],
)
v = "pypi-AgEIcHlwaS5vcmc" + r(70, URLSAFE)
family(
    "pypi_token",
    "PyPI API token",
    "pypi.org, Account settings, API tokens",
    # A macaroon: the prefix names the index, then 70 or more characters (a real token runs well past a
    # hundred); a shorter tail is a truncated token or an illustration.
    [tok("pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)", "[A-Za-z0-9_-]{70,1000}+")],
    [v],
    [
        "pypi-AgEIcHlwaS5vcmc",
        "pypi-" + r(70),
        "pypi-AgEIcHlwaS5vcmcWq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb4Nc6Xk8",
    ],
    keywords=["pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"],
)
family(
    "rubygems_api_key",
    "RubyGems API key",
    "rubygems.org, Settings, API keys",
    [tok("rubygems_", "[a-f0-9]{48}")],
    ["rubygems_" + r(48, HEX)],
    ["rubygems_" + r(20, HEX), "rubygems_api_key"],
)
family(
    "nuget_api_key",
    "NuGet API key",
    "nuget.org, API keys",
    [tok("oy2", "[a-z0-9]{43}", "A-Za-z0-9", "A-Za-z0-9")],
    ["oy2" + r(43, LOWER)],
    ["oy2" + r(20, LOWER), "oy2" + r(43, UPPER)],
)
family(
    "docker_hub_token",
    "Docker Hub access token",
    "Docker Hub, Account settings, Personal access tokens",
    [tok("dckr_(?:pat|oat)_", "[A-Za-z0-9_-]{27,64}")],
    ["dckr_pat_" + r(27, URLSAFE)],
    ["dckr_pat_" + r(10), "dckr_pat_<token>"],
    keywords=["dckr_pat_", "dckr_oat_"],
)
family(
    "jfrog_api_key",
    "JFrog Artifactory API key",
    "JFrog Platform, Edit profile, API key: revoke",
    [tok("AKCp", "[A-Za-z0-9]{69}", "A-Za-z0-9", "A-Za-z0-9")],
    ["AKCp" + r(69)],
    ["AKCp" + r(20), "AKCp is the API key prefix"],
)
family(
    "jfrog_reference_token",
    "JFrog access (reference) token",
    "JFrog Platform, Administration, Identity and access, Access tokens",
    [tok("cmVmdGtuOjAxOj", "[A-Za-z0-9]{50,70}", "A-Za-z0-9", "A-Za-z0-9")],
    ["cmVmdGtuOjAxOj" + r(56)],
    ["cmVmdGtuOjAxOj" + r(10), "cmVmdGtu"],
    keywords=["cmvmdgtuojaxoj"],
)
v = uuid()
family(
    "snyk_token",
    "Snyk API token",
    "Snyk, Account settings, API token: revoke and regenerate",
    [ctx("snyk_?(?:api_?)?token|snyk_?key", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")],
    [m(f"SNYK_TOKEN={v}", v)],
    ["SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}", "snyk test --all-projects"],
    keywords=["snyk"],
)
family(
    "sonarqube_token",
    "SonarQube / SonarCloud token",
    "SonarQube, My Account, Security: revoke",
    [tok("sq[upa]_", "[a-f0-9]{40}")],
    ["squ_" + r(40, HEX), "sqp_" + r(40, HEX)],
    ["squ_" + r(10, HEX), "sqx_" + r(40, HEX)],
    keywords=["squ_", "sqp_", "sqa_"],
)
v = "CCIPAT_" + r(22) + "_" + r(40, HEX)
family(
    "circleci_token",
    "CircleCI personal or project token",
    "CircleCI, User settings / Project settings, API tokens",
    [
        {"pattern": tok("CCIP[AR]T_", "[A-Za-z0-9]{22}_[a-f0-9]{40}"), "keywords": ["ccipat_", "cciprt_"]},
        {"pattern": ctx("circle_?(?:ci_?)?token|circle-token", "[a-f0-9]{40}"), "keywords": ["circle"]},
    ],
    [v, m(f"CIRCLE_TOKEN={(w := r(40, HEX))}", w)],
    ["CCIPAT_" + r(5), "CIRCLE_TOKEN=$CIRCLE_TOKEN"],
)
v = r(22, URLSAFE)
family(
    "travis_token",
    "Travis CI API token",
    "Travis CI, Settings, API authentication: regenerate",
    [ctx("travis_?(?:api_?)?token", "[A-Za-z0-9_-]{22}")],
    [m(f"TRAVIS_API_TOKEN={v}", v)],
    ["TRAVIS_API_TOKEN=<token>", "travis encrypt"],
    keywords=["travis"],
)
family(
    "buildkite_token",
    "Buildkite API or agent token",
    "Buildkite, Personal settings, API access tokens / Agents",
    [tok("bkua_", "[a-f0-9]{40}")],
    ["bkua_" + r(40, HEX)],
    ["bkua_" + r(12, HEX), "bkua_<token>"],
)
family(
    "postman_api_key",
    "Postman API key",
    "Postman, Settings, API keys",
    [tok("PMAK-", "[a-f0-9]{24}-[a-f0-9]{34}")],
    ["PMAK-" + r(24, HEX) + "-" + r(34, HEX)],
    ["PMAK-" + r(24, HEX), "PMAK-<key>"],
)
family(
    "huggingface_token",
    "Hugging Face access token",
    "huggingface.co, Settings, Access Tokens",
    # Letters and digits: TruffleHog's detector reads [a-zA-Z0-9]{34}; gitleaks's letters-only form
    # misses every token with a digit (round 17). A CJK letter glued on either side ends a token.
    [tok("(?:hf_|api_org_)", "[A-Za-z0-9]{34}", "A-Za-z0-9", "A-Za-z0-9")],
    [
        "hf_" + r(34, string.ascii_letters),
        m("HF 토큰은hf_Qm7tRz2KpW9xLc4NvB8hJd3FsG6yTa1Ue5입니다", "hf_Qm7tRz2KpW9xLc4NvB8hJd3FsG6yTa1Ue5"),
        m("export HF_TOKEN=hf_x9Lq2Wm7Rt4Yp8Zk3Nc6Vb1Hd5Gf0Js2Ta", "hf_x9Lq2Wm7Rt4Yp8Zk3Nc6Vb1Hd5Gf0Js2Ta"),
    ],
    ["hf_" + r(10, string.ascii_letters), "hf_hub_download", "hf_Qm7tRz2KpW9xLc4NvB8hJd3FsG6yTa1Ue5x9"],
    keywords=["hf_", "api_org_"],
)
family(
    "sourcegraph_token",
    "Sourcegraph access token",
    "Sourcegraph, User settings, Access tokens",
    [tok("sgp_", "(?:[a-f0-9]{16}_)?[a-f0-9]{40}")],
    ["sgp_" + r(16, HEX) + "_" + r(40, HEX)],
    ["sgp_" + r(16, HEX), "sgp_token"],
)
family(
    "figma_token",
    "Figma personal access token",
    "Figma, Settings, Personal access tokens",
    [tok("figd_", "[A-Za-z0-9_-]{40,50}")],
    ["figd_" + r(40, URLSAFE)],
    ["figd_" + r(10), "figd_<token>"],
)
family(
    "octopus_deploy_key",
    "Octopus Deploy API key",
    "Octopus, Profile, My API keys",
    [tok("API-", "[A-Z0-9]{26}", "A-Za-z0-9", "A-Za-z0-9")],
    ["API-" + r(26, UPPER)],
    ["API-KEY", "API-" + r(10, UPPER)],
    keywords=["api-"],
)
family(
    "harness_token",
    "Harness API token",
    "Harness, My profile, API keys",
    [tok(r"pat\.", "[A-Za-z0-9_-]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20}", "A-Za-z0-9")],
    ["pat." + r(22, URLSAFE) + "." + r(24, HEX) + "." + r(20)],
    ["pat." + r(22), "pat.<token>"],
    keywords=["pat."],
)
family(
    "prefect_api_key",
    "Prefect API key",
    "Prefect Cloud, Profile, API keys",
    [tok("pnu_", "[A-Za-z0-9]{36}")],
    ["pnu_" + r(36)],
    ["pnu_" + r(10), "pnu_<key>"],
)
family(
    "readme_api_key",
    "ReadMe API key",
    "ReadMe dashboard, API keys",
    [tok("rdme_", "[a-z0-9]{70}")],
    ["rdme_" + r(70, LOWER)],
    ["rdme_" + r(20, LOWER), "rdme_<key>"],
)
family(
    "clojars_token",
    "Clojars deploy token",
    "clojars.org, Deploy tokens",
    [tok("CLOJARS_", "[a-z0-9]{60}")],
    ["CLOJARS_" + r(60, LOWER)],
    ["CLOJARS_" + r(10, LOWER), "CLOJARS_USERNAME"],
)
family(
    "onepassword_service_token",
    "1Password service-account token",
    "1Password, Developer, Service accounts: revoke",
    [tok("ops_eyJ", "[A-Za-z0-9+/=_-]{250,2000}+")],
    ["ops_eyJ" + r(300, B64)],
    ["ops_eyJ" + r(20), "ops_" + r(300)],
)
family(
    "age_secret_key",
    "age secret key",
    "generate a new age key pair and re-encrypt what the old one protected",
    [tok("AGE-SECRET-KEY-1", "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", "A-Za-z0-9-", "A-Za-z0-9")],
    ["AGE-SECRET-KEY-1" + r(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")],
    [
        "AGE-SECRET-KEY-1" + r(20, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
        "age1" + r(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    ],
)
family(
    "putty_private_key",
    "PuTTY private key",
    "replace the key pair and remove the public key from every server",
    [
        "PuTTY-User-Key-File-[23]: [^\\n]{1,64}+(?:\\n[^\\n]{0,300}+){0,40}?\\nPrivate-Lines: [0-9]{1,3}\\n[A-Za-z0-9+/=]{1,64}+(?:\\n[A-Za-z0-9+/=]{1,64}+){0,100}+"
    ],
    [
        (
            p := "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n"
            + r(64, B64)
            + "\n"
            + r(4, B64)
            + "\nPrivate-Lines: 1\n"
            + r(44, B64)
        )
    ],
    ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none", "convert the key with puttygen"],
    keywords=["putty-user-key-file-"],
)
v = r(60, B64) + "="
family(
    "kubernetes_client_key",
    "Kubernetes client key (kubeconfig)",
    "rotate the cluster credentials and replace the kubeconfig",
    ["client-key-data:[^\\S\\n]{0,3}(?P<value>[A-Za-z0-9+/]{40,16384}+={0,2})"],
    [m(f"users:\n- name: admin\n  user:\n    client-key-data: {v}", v)],
    ["client-key-data: <base64>", "client-key-data: REDACTED"],
    keywords=["client-key-data"],
)

# ---- AI providers ------------------------------------------------------------------------------
v = "sk-proj-" + r(74, URLSAFE) + "T3BlbkFJ" + r(74, URLSAFE)
family(
    "openai_api_key",
    "OpenAI API key",
    "platform.openai.com, API keys: revoke the key",
    [
        {
            "pattern": tok(
                "sk-", "(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200}"
            ),
            "keywords": ["t3blbkfj"],
        },
        {
            "pattern": tok("sk-(?:proj|svcacct|admin)-", "[A-Za-z0-9_-]{40,300}+"),
            "keywords": ["sk-proj-", "sk-svcacct-", "sk-admin-"],
        },
    ],
    [v, "sk-" + r(20) + "T3BlbkFJ" + r(20), "sk-svcacct-" + r(60, URLSAFE)],
    ["org-" + r(24), "sk-proj-" + r(10), "sk-ant-api03-" + r(20)],
)
v = "sk-ant-api03-" + r(93, URLSAFE) + "AA"
family(
    "anthropic_api_key",
    "Anthropic API key",
    "console.anthropic.com, Settings, API keys",
    [tok("sk-ant-(?:api|admin|sid)[0-9]{2}-", "[A-Za-z0-9_-]{80,120}+")],
    [v, "sk-ant-admin01-" + r(93, URLSAFE) + "AA"],
    ["sk-ant-api03-" + r(20), "sk-ant-...", "sk-" + r(48)],
    keywords=["sk-ant-"],
)
family(
    "groq_api_key",
    "Groq API key",
    "console.groq.com, API keys",
    [tok("gsk_", "[A-Za-z0-9]{52}")],
    ["gsk_" + r(52)],
    ["gsk_" + r(20), "gsk_<key>"],
)
family(
    "perplexity_api_key",
    "Perplexity API key",
    "perplexity.ai, Settings, API",
    [tok("pplx-", "[A-Za-z0-9]{48}")],
    ["pplx-" + r(48)],
    ["pplx-" + r(16), "pplx-api"],
)
family(
    "replicate_token",
    "Replicate API token",
    "replicate.com, Account, API tokens",
    [tok("r8_", "[A-Za-z0-9]{37}", "A-Za-z0-9")],
    ["r8_" + r(37)],
    ["r8_" + r(12), "r8_token"],
)
v = r(40)
family(
    "cohere_api_key",
    "Cohere API key",
    "dashboard.cohere.com, API keys",
    [ctx("cohere_?(?:api_?)?key|co_api_key", "[A-Za-z0-9]{40}")],
    [m(f"COHERE_API_KEY={v}", v)],
    ["COHERE_API_KEY=<key>", "cohere embed"],
    keywords=["cohere", "co_api_key"],
)
v = r(32)
family(
    "mistral_api_key",
    "Mistral AI API key",
    "console.mistral.ai, API keys",
    [ctx("mistral_?(?:api_?)?key", "[A-Za-z0-9]{32}")],
    [m(f"MISTRAL_API_KEY={v}", v)],
    ["MISTRAL_API_KEY=os.environ['MISTRAL']", "mistral large"],
    keywords=["mistral"],
)

# ---- Messaging and communication ---------------------------------------------------------------
v = f"xapp-1-A{r(10, UPPER)}-{r(13, string.digits)}-{r(64, HEX)}"
family(
    "slack_app_token",
    "Slack app-level or configuration token",
    "api.slack.com/apps, the app's Basic information page",
    [
        {"pattern": tok("xapp-", "[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}"), "keywords": ["xapp-"]},
        {
            "pattern": tok(r"xoxe(?:\.xox[bp])?-", "[0-9]-[A-Za-z0-9]{140,200}", "A-Za-z0-9.-"),
            "keywords": ["xoxe"],
        },
    ],
    [v, "xoxe.xoxp-1-" + r(160)],
    ["xapp-1-" + r(6), "xoxe-1-short"],
)
v = f"https://acme.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{r(32, HEX)}/{uuid()}"
family(
    "teams_webhook",
    "Microsoft Teams incoming webhook",
    "the Teams channel's Connectors (or Workflows) settings: remove the webhook",
    [
        "https://[A-Za-z0-9-]{1,64}\\.webhook\\.office\\.com/webhook(?:b2)?/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/[A-Za-z0-9_-]{20,80})?"
    ],
    [v],
    ["https://acme.webhook.office.com/webhookb2/<id>", "https://outlook.office.com/mail"],
    keywords=[".webhook.office.com/webhook"],
)
# The first part of a bot token is the bot's user id (a snowflake: 17 to 20 decimal digits) in
# base64, so its first four characters encode the id's first three digits: [MNO] and [DTjz] from the
# first (1-9), then one of ten characters for each further digit. Those four characters, matched as
# written, are the keywords: nothing else in the token is a literal, and lower-cased they occur in
# words ("nda", "mode").
_B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
_DISCORD_ID_PREFIXES = sorted(
    _B64[ord(a) >> 2] + _B64[(ord(a) & 3) << 4 | ord(b) >> 4] + _B64[(ord(b) & 15) << 2] + _B64[ord(c) & 63]
    for a in "123456789"
    for b in string.digits
    for c in string.digits
)
_snowflake = str(_RNG.randrange(10**17, 10**19)).encode()
v = f"{base64.b64encode(_snowflake).decode().rstrip('=')}.{r(6, URLSAFE)}.{r(38, URLSAFE)}"
family(
    "discord_bot_token",
    "Discord bot token",
    "Discord developer portal, the application's Bot page: reset the token",
    [
        {
            "name": "token",
            "pattern": "(?<![A-Za-z0-9_.-])(?:M[Tjz]|N[DTjz]|O[DT])[AEIMQUYcgk][wxyz0-5][A-Za-z0-9_-]{19,24}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])",
            "keywords": _DISCORD_ID_PREFIXES,
            "keywords_match_case": True,
        },
        # The shape public scanners accept ([MNO], then any token characters), when the draft names
        # Discord before or after it: the word is the keyword.
        {
            "name": "token_named_before",
            "pattern": "(?i:discord)[\\s\\S]{0,200}?(?<![A-Za-z0-9_.-])(?P<value>[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])",
            "keywords": ["discord"],
        },
        {
            "name": "token_named_after",
            "pattern": "(?<![A-Za-z0-9_.-])(?P<value>[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])(?=[\\s\\S]{0,200}?(?i:discord))",
            "keywords": ["discord"],
        },
    ],
    [v, m(f"DISCORD_TOKEN={(w := 'N' + r(23) + '.' + r(6, URLSAFE) + '.' + r(38, URLSAFE))}", w)],
    ["MTIzNDU2.short.token", "Node.js and Python examples", "A" + v[1:], f"bot token {w}"],
)
v = f"https://discord.com/api/webhooks/{r(19, string.digits)}/{r(68, URLSAFE)}"
family(
    "discord_webhook",
    "Discord webhook URL",
    "the Discord channel's Integrations, Webhooks: delete it",
    ["https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}"],
    [v],
    ["https://discord.com/api/webhooks/123/abc", "https://discord.com/developers/docs"],
    keywords=["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
)
v = f"{r(10, string.digits)}:AA{r(33, URLSAFE)}"
family(
    "telegram_bot_token",
    "Telegram bot token",
    "@BotFather, /revoke",
    # Alone, or in the Bot API's URLs: https://api.telegram.org/bot<token>/sendMessage.
    # The API writes it after "bot" with no separator (bot<id>:<secret>), in a URL or alone.
    ["(?:(?<=bot)|(?<![0-9A-Za-z]))(?P<value>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])"],
    [
        m(f"TELEGRAM_BOT_TOKEN={v}", v),
        m(f"curl https://api.telegram.org/bot{v}/getMe", v),
        m(
            "token: bot7719240531:AAqW7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9V",
            "7719240531:AAqW7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9V",
        ),
    ],
    ["123456789:AAxx", "at 12:AA we met"],
    keywords=[":aa"],
)
v = f"AC{r(32, HEX)}"
w = r(32, HEX)
family(
    "twilio_credentials",
    "Twilio auth token or API key",
    "Twilio console, Account, API keys & tokens",
    [
        {
            "name": "auth_token_near_sid",
            "pattern": "AC(?<![A-Za-z0-9]AC)[a-f0-9]{32}[^\\n]{0,80}?(?<![A-Za-z0-9])(?P<value>[a-f0-9]{32})(?![A-Za-z0-9])",
            # "AC" and a hex digit as written: lower-cased, "ace" and "accept" would select it.
            "keywords": [f"AC{c}" for c in HEX],
            "keywords_match_case": True,
        },
        {
            "name": "api_key",
            "pattern": tok("SK", "[a-f0-9]{32}", "A-Za-z0-9", "A-Za-z0-9"),
            "keywords": [f"SK{c}" for c in HEX],
            "keywords_match_case": True,
        },
        {"name": "auth_token", "pattern": ctx("twilio_?auth_?token", "[a-f0-9]{32}"), "keywords": ["twilio"]},
    ],
    [m(f"client = Client('{v}', '{w}')", w), "SK" + r(32, HEX)],
    [f"account sid {v}", "SK" + r(20, HEX)],
)
v = f"SG.{r(22, URLSAFE)}.{r(43, URLSAFE)}"
family(
    "sendgrid_api_key",
    "SendGrid API key",
    "SendGrid, Settings, API Keys",
    # 22 and 43 characters; a key re-typed into a sentence may be a character or two off.
    [tok(r"SG\.", "[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{40,46}", "A-Za-z0-9")],
    [v],
    ["SG." + r(22, URLSAFE), "SG.<key>"],
    keywords=["sg."],
)
v = f"{r(32, HEX)}-us{_RNG.randrange(20) + 1}"
family(
    "mailchimp_api_key",
    "Mailchimp API key",
    "Mailchimp, Account, Extras, API keys",
    ["(?<![A-Za-z0-9])(?P<value>[0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9])"],
    [m(f"MAILCHIMP_KEY={v}", v)],
    [r(20, HEX) + "-us6", "ships to the-us market"],
    keywords=["-us"],
)
v = "key-" + r(32, HEX)
family(
    "mailgun_api_key",
    "Mailgun API key",
    "Mailgun, API security: rotate the key",
    [
        {"pattern": tok("key-", "[0-9a-f]{32}", "A-Za-z0-9", "A-Za-z0-9"), "keywords": ["key-"]},
        {
            "pattern": ctx("mailgun[\\w.-]{0,20}(?:key|secret)", "[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"),
            "keywords": ["mailgun"],
        },
    ],
    [v, m(f"MAILGUN_API_KEY={(w := r(32, HEX) + '-' + r(8, HEX) + '-' + r(8, HEX))}", w)],
    ["key-" + r(10, HEX), "key-value store"],
)
v = uuid()
family(
    "postmark_token",
    "Postmark server or account token",
    "Postmark, the server's API Tokens tab",
    [
        ctx(
            "postmark[\\w.-]{0,20}(?:token|key)|x-postmark-(?:server|account)-token",
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        )
    ],
    [m(f"X-Postmark-Server-Token: {v}", v)],
    ["X-Postmark-Server-Token: <token>", "postmark templates"],
    keywords=["postmark"],
)
v = r(32, HEX)
family(
    "mailjet_secret",
    "Mailjet API secret",
    "Mailjet, Account settings, API key management",
    [ctx("mailjet[\\w.-]{0,20}(?:secret|private|key)|mj_apikey_private", "[0-9a-f]{32}")],
    [m(f"MJ_APIKEY_PRIVATE={v}", v)],
    ["MAILJET_SECRET=<secret>", "mailjet newsletter"],
    keywords=["mailjet", "mj_apikey"],
)
v = f"xkeysib-{r(64, HEX)}-{r(16)}"
family(
    "brevo_api_key",
    "Brevo (Sendinblue) API or SMTP key",
    "Brevo, SMTP & API, API keys",
    [tok("x(?:keysib|smtpsib)-", "[a-f0-9]{64}-[A-Za-z0-9]{16}")],
    [v, f"xsmtpsib-{r(64, HEX)}-{r(16)}"],
    ["xkeysib-" + r(20, HEX), "xkeysib-<key>"],
    keywords=["xkeysib-", "xsmtpsib-"],
)
v = r(30, LOWER)
family(
    "twitch_token",
    "Twitch client secret or OAuth token",
    "Twitch developer console, the application: new secret",
    [ctx("twitch[\\w.-]{0,20}(?:secret|token|key)", "(?:oauth:)?[a-z0-9]{30}")],
    [m(f"TWITCH_CLIENT_SECRET={v}", v)],
    ["TWITCH_CLIENT_SECRET=", "twitch stream tonight"],
    keywords=["twitch"],
)
v = "A" * 22 + r(90, ALNUM + "%")
family(
    "twitter_bearer_token",
    "X (Twitter) bearer token or secret",
    "developer.x.com, the app's Keys and tokens: regenerate",
    [
        {
            "pattern": tok("AAAAAAAAAAAAAAAAAAAAA", "[A-Za-z0-9%]{30,200}+", "A-Za-z0-9%", "A-Za-z0-9%"),
            "keywords": ["aaaaaaaaaaaaaaaaaaaaa"],
        },
        {
            "pattern": ctx("(?:twitter|x)_?(?:api_?|consumer_?|access_?token_?)secret", "[A-Za-z0-9]{45,50}"),
            "keywords": ["secret"],
        },
    ],
    [v, m(f"TWITTER_API_SECRET={(w := r(50))}", w)],
    ["AAAAAAAAAAAAAAAAAAAAA", "TWITTER_API_SECRET=<secret>"],
)
v = "EAAB" + r(150)
family(
    "facebook_access_token",
    "Facebook / Meta access token",
    "Meta for Developers, the app: invalidate the token (or reset the app secret)",
    [
        {"pattern": tok("EAA", "[A-Za-z0-9]{90,400}+", "A-Za-z0-9", "A-Za-z0-9"), "keywords": ["eaa"]},
        {
            "pattern": ctx("(?:facebook|fb|meta)_?app_?secret", "[0-9a-f]{32}"),
            "keywords": ["app_secret", "appsecret"],
        },
    ],
    [v, m(f"FACEBOOK_APP_SECRET={(w := r(32, HEX))}", w)],
    ["EAAB" + r(20), "EAA regulations"],
)
v = r(16)
family(
    "linkedin_client_secret",
    "LinkedIn client secret",
    "LinkedIn developer portal, the app's Auth tab",
    [ctx("linkedin[\\w.-]{0,20}(?:secret|token)", "[A-Za-z0-9]{16}|WPL_AP[0-9]\\.[A-Za-z0-9.]{16,40}")],
    [m(f"LINKEDIN_CLIENT_SECRET={v}", v)],
    ["LINKEDIN_CLIENT_SECRET=<secret>", "linkedin post"],
    keywords=["linkedin"],
)
v = r(32)
family(
    "zoom_client_secret",
    "Zoom client secret or token",
    "Zoom App Marketplace, the app: regenerate",
    [ctx("zoom[\\w.-]{0,20}(?:secret|token)", "[A-Za-z0-9]{32}")],
    [m(f"ZOOM_CLIENT_SECRET={v}", v)],
    ["ZOOM_CLIENT_SECRET=", "zoom call at 3"],
    keywords=["zoom"],
)
v = "sl." + r(140, URLSAFE)
family(
    "dropbox_token",
    "Dropbox access token",
    "Dropbox App Console / Connected apps",
    [
        {"pattern": tok(r"sl\.(?:u\.)?", "[A-Za-z0-9_-]{130,1200}+", "A-Za-z0-9"), "keywords": ["sl."]},
        {
            "pattern": ctx("dropbox[\\w.-]{0,20}(?:token|secret|key)", "[A-Za-z0-9_-]{64}"),
            "keywords": ["dropbox"],
        },
    ],
    [v],
    ["sl." + r(40), "sl.<token>"],
)
v = r(32)
family(
    "box_token",
    "Box developer token or client secret",
    "Box developer console, the app's Configuration",
    [ctx("box[\\w.-]{0,20}(?:token|secret)", "[A-Za-z0-9]{32}")],
    [m(f"BOX_CLIENT_SECRET={v}", v)],
    ["BOX_CLIENT_SECRET=<secret>", "inbox token"],
    keywords=["box"],
)
v = f"pat-na1-{uuid()}"
family(
    "hubspot_token",
    "HubSpot private-app token",
    "HubSpot, Settings, Integrations, Private apps",
    [tok("pat-(?:na|eu)[0-9]-", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "A-Za-z0-9")],
    [v],
    ["pat-na1-1234", "pat-na1-<token>"],
    keywords=["pat-na", "pat-eu"],
)
v = r(32)
family(
    "intercom_token",
    "Intercom access token",
    "Intercom Developer Hub, the app's Authentication page",
    [ctx("intercom[\\w.-]{0,20}(?:token|secret)", "[A-Za-z0-9=_-]{32,64}")],
    [m(f"INTERCOM_ACCESS_TOKEN={v}", v)],
    ["INTERCOM_ACCESS_TOKEN=<token>", "intercom chat"],
    keywords=["intercom"],
)
v = r(40)
family(
    "zendesk_token",
    "Zendesk API token",
    "Zendesk Admin Center, Apps and integrations, Zendesk API",
    [ctx("zendesk[\\w.-]{0,20}(?:token|secret|key)", "[A-Za-z0-9]{40}")],
    [m(f"ZENDESK_API_TOKEN={v}", v)],
    ["ZENDESK_API_TOKEN=", "zendesk ticket"],
    keywords=["zendesk"],
)

# ---- Work tools --------------------------------------------------------------------------------
v = "ATATT3xFfGF0" + r(180, URLSAFE + "=")
family(
    "atlassian_api_token",
    "Atlassian (Jira, Confluence) API token",
    "id.atlassian.com, Security, API tokens",
    [
        {"pattern": tok("ATATT3", "[A-Za-z0-9_=-]{180,250}+"), "keywords": ["atatt3"]},
        {
            "pattern": ctx("(?:atlassian|jira|confluence)[\\w.-]{0,20}(?:token|secret)", "[A-Za-z0-9]{24}"),
            "keywords": ["atlassian", "jira", "confluence"],
        },
    ],
    [v, m(f"JIRA_API_TOKEN={(w := r(24))}", w)],
    ["ATATT3" + r(20), "JIRA_API_TOKEN=<token>"],
)
v = "ATBB" + r(28)
family(
    "bitbucket_token",
    "Bitbucket app password or access token",
    "Bitbucket, Personal settings, App passwords / Access tokens",
    [
        {"pattern": tok("ATBB", "[A-Za-z0-9_=.-]{28,40}", "A-Za-z0-9"), "keywords": ["atbb"]},
        {"pattern": tok("ATCTT3", "[A-Za-z0-9_=-]{180,250}+"), "keywords": ["atctt3"]},
    ],
    [v],
    ["ATBB" + r(8), "ATBB is how app passwords start"],
)
family(
    "linear_api_key",
    "Linear API key",
    "Linear, Settings, API: revoke",
    [tok("lin_(?:api|oauth)_", "[A-Za-z0-9]{40,64}")],
    ["lin_api_" + r(40)],
    ["lin_api_" + r(12), "lin_api_<key>"],
    keywords=["lin_api_", "lin_oauth_"],
)
family(
    "notion_token",
    "Notion integration token",
    "notion.so/my-integrations: refresh the secret",
    [
        {"pattern": tok("ntn_", "[0-9]{11}[A-Za-z0-9]{35}"), "keywords": ["ntn_"]},
        {"pattern": tok("secret_", "[A-Za-z0-9]{43}", "A-Za-z0-9_-", "A-Za-z0-9_-"), "keywords": ["secret_"]},
    ],
    ["ntn_" + r(11, string.digits) + r(35), "secret_" + r(43)],
    ["ntn_" + r(10), "client_secret_" + r(10)],
)
family(
    "airtable_token",
    "Airtable personal access token",
    "airtable.com/create/tokens",
    [tok("pat", "[A-Za-z0-9]{14}\\.[a-f0-9]{64}", "A-Za-z0-9")],
    ["pat" + r(14) + "." + r(64, HEX)],
    ["pattern." + r(64, HEX), "pat" + r(14) + "." + r(10, HEX)],
    keywords=["pat"],
)
v = f"2/{r(16, string.digits)}/{r(16, string.digits)}:{r(32, HEX)}"
family(
    "asana_token",
    "Asana personal access token",
    "Asana, My settings, Apps, Developer apps",
    [
        ctx(
            "asana[\\w.-]{0,20}(?:token|pat|key|secret)",
            "[0-9]/[0-9]{12,20}(?:/[0-9]{12,20})?:[0-9a-f]{32}|[0-9]/[0-9]{12,20}:[A-Za-z0-9]{32}",
        )
    ],
    [m(f"ASANA_TOKEN={v}", v)],
    ["ASANA_TOKEN=<pat>", "asana board"],
    keywords=["asana"],
)
v = r(32, HEX)
family(
    "datadog_api_key",
    "Datadog API or application key",
    "Datadog, Organization settings, API keys / Application keys",
    [
        ctx(
            "datadog[\\w.-]{0,20}(?:key|token)|dd_(?:api|app|application)_?key|dd-api-key|dd-application-key",
            "[0-9a-f]{32}|[0-9a-f]{40}",
        )
    ],
    [m(f"DD_API_KEY={v}", v)],
    ["DD_API_KEY=<your-api-key>", "datadog dashboards"],
    keywords=["datadog", "dd_api", "dd_app", "dd-api", "dd-application"],
)
family(
    "newrelic_key",
    "New Relic key",
    "New Relic, API keys",
    [
        {
            "pattern": tok("NR(?:AK|II)-", "[A-Z0-9]{27}|[A-Za-z0-9_-]{32}", "A-Za-z0-9"),
            "keywords": ["nrak-", "nrii-"],
        },
        {"pattern": "(?<![A-Za-z0-9])(?P<value>[a-f0-9]{36}NRAL)(?![A-Za-z0-9])", "keywords": ["nral"]},
    ],
    ["NRAK-" + r(27, UPPER), r(36, HEX) + "NRAL"],
    ["NRAK-" + r(10, UPPER), "NRJS-" + r(19, HEX)],
)
v = r(32, HEX)
family(
    "sentry_token",
    "Sentry auth token or DSN key",
    "Sentry, Settings, Auth tokens / the project's Client keys",
    [
        {
            "pattern": tok("sntry[us]_", "[A-Za-z0-9+/=_]{60,400}+", "A-Za-z0-9", "A-Za-z0-9+/=_"),
            "keywords": ["sntryu_", "sntrys_"],
        },
        {
            "pattern": "https://(?P<value>[0-9a-f]{32})(?::[0-9a-f]{32})?@[A-Za-z0-9.-]{0,64}sentry\\.io/[0-9]{1,20}",
            "keywords": ["sentry.io/"],
        },
    ],
    ["sntryu_" + r(64, HEX), m(f"SENTRY_DSN=https://{v}@o123456.ingest.sentry.io/4504", v)],
    ["https://sentry.io/organizations/acme/", "sntrys_short"],
)
v = r(20, URLSAFE + "+")
family(
    "pagerduty_key",
    "PagerDuty API key",
    "PagerDuty, Integrations, API access keys",
    [ctx("pagerduty[\\w.-]{0,20}(?:key|token)|pd_(?:api_)?token", "[A-Za-z0-9_+-]{20}")],
    [m(f"PAGERDUTY_API_KEY={v}", v)],
    ["PAGERDUTY_API_KEY=", "pagerduty rota"],
    keywords=["pagerduty", "pd_"],
)
v = "00" + r(40, URLSAFE)
family(
    "okta_token",
    "Okta API token",
    "Okta admin console, Security, API, Tokens",
    [
        ctx("okta[\\w.-]{0,20}(?:token|key|secret)", "00[A-Za-z0-9_-]{40}"),
        {"pattern": "SSWS[^\\S\\n](?P<value>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])", "keywords": ["ssws"]},
    ],
    [m(f"OKTA_API_TOKEN={v}", v), m(f"Authorization: SSWS {v}", v)],
    ["OKTA_API_TOKEN=${OKTA_TOKEN}", "okta sign-in"],
    keywords=["okta"],
)
RULES[-1]["options"]["patterns"][1]["keywords"] = ["ssws"]
v = r(64, URLSAFE)
family(
    "auth0_client_secret",
    "Auth0 client secret or management token",
    "Auth0 dashboard, Applications: rotate the secret",
    [ctx("auth0[\\w.-]{0,20}(?:secret|token)", "[A-Za-z0-9_-]{32,}")],
    [m(f"AUTH0_CLIENT_SECRET={v}", v)],
    ["AUTH0_CLIENT_SECRET=<secret>", "auth0 login"],
    keywords=["auth0"],
)
v = f"AAAA{r(7, URLSAFE)}:APA91b{r(134, URLSAFE)}"
family(
    "firebase_fcm_server_key",
    "Firebase Cloud Messaging server key",
    "Firebase console, Project settings, Cloud Messaging",
    [tok("AAAA[A-Za-z0-9_-]{7}:APA91b", "[A-Za-z0-9_-]{130,160}", "A-Za-z0-9")],
    [v],
    ["AAAA" + r(7) + ":APA91b" + r(20), "APA91b tokens"],
    keywords=["apa91b"],
)
v = "sk.eyJ1Ijoi" + r(60, URLSAFE) + "." + r(22, URLSAFE)
family(
    "mapbox_secret_token",
    "Mapbox secret token",
    "Mapbox account, Access tokens",
    [tok(r"sk\.eyJ", "[A-Za-z0-9_-]{50,400}+\\.[A-Za-z0-9_-]{20,100}+", "A-Za-z0-9")],
    [v],
    ["pk.eyJ1Ijoi" + r(60) + "." + r(22), "sk.eyJ" + r(10)],
    keywords=["sk.eyj"],
)
v = r(32, HEX)
family(
    "algolia_admin_key",
    "Algolia admin API key",
    "Algolia dashboard, Settings, API keys",
    [ctx("algolia[\\w.-]{0,20}(?:admin|write|secret)[\\w.-]{0,20}", "[0-9a-f]{32}")],
    [m(f"ALGOLIA_ADMIN_KEY={v}", v)],
    [f"ALGOLIA_SEARCH_KEY={v}", "ALGOLIA_ADMIN_KEY=<admin key>"],
    keywords=["algolia"],
)
family(
    "contentful_token",
    "Contentful management token",
    "Contentful, Settings, CMA tokens",
    [tok("CFPAT-", "[A-Za-z0-9_-]{43}")],
    ["CFPAT-" + r(43, URLSAFE)],
    ["CFPAT-" + r(10), "CFPAT-<token>"],
    keywords=["cfpat-"],
)
family(
    "typeform_token",
    "Typeform personal access token",
    "Typeform, Account, Personal tokens",
    [tok("tfp_", "[A-Za-z0-9_.=-]{59}")],
    ["tfp_" + r(59, URLSAFE)],
    ["tfp_" + r(10), "tfp_<token>"],
)
family(
    "frameio_token",
    "Frame.io developer token",
    "developer.frame.io, Tokens",
    [tok("fio-u-", "[A-Za-z0-9_=-]{64}")],
    ["fio-u-" + r(64, URLSAFE)],
    ["fio-u-" + r(10), "fio-u-<token>"],
)
family(
    "shopify_token",
    "Shopify access token or shared secret",
    "Shopify admin, Apps, the custom app: rotate",
    [tok("shp(?:at|ca|pa|ss)_", "[a-fA-F0-9]{32}")],
    ["shpat_" + r(32, HEX), "shpss_" + r(32, HEX)],
    ["shpat_" + r(16, HEX), "shpxx_" + r(32, HEX)],
    keywords=["shpat_", "shpca_", "shppa_", "shpss_"],
)
family(
    "grafana_token",
    "Grafana Cloud or service-account token",
    "Grafana, Administration, Service accounts / Cloud access policies",
    [
        {
            "pattern": tok("glc_", "[A-Za-z0-9+/]{32,400}+={0,2}", "A-Za-z0-9_-", "A-Za-z0-9+/="),
            "keywords": ["glc_"],
        },
        {"pattern": tok("glsa_", "[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"), "keywords": ["glsa_"]},
    ],
    ["glc_" + r(80, B64), "glsa_" + r(32) + "_" + r(8, HEX)],
    ["glc_" + r(10), "glsa_" + r(32)],
)
family(
    "dynatrace_token",
    "Dynatrace API token",
    "Dynatrace, Access tokens",
    [tok(r"dt0[a-z][0-9]{2}\.", "[A-Z0-9]{24}\\.[A-Z0-9]{64}", "A-Za-z0-9")],
    [f"dt0c01.{r(24, UPPER)}.{r(64, UPPER)}"],
    ["dt0c01." + r(24, UPPER), "dt0c01.<token>"],
    keywords=["dt0"],
)
family(
    "infracost_key",
    "Infracost API key",
    "Infracost Cloud, Org settings, API key",
    [tok("ico-", "[A-Za-z0-9]{32}")],
    ["ico-" + r(32)],
    ["ico-" + r(8), "ico-<key>"],
)

# ---- Payments and finance ----------------------------------------------------------------------
family(
    "square_token",
    "Square access token or application secret",
    "Square Developer dashboard, Credentials",
    [
        # Access tokens are sq0atp- and 22 characters, application secrets sq0csp- and 43.
        {
            "pattern": tok("sq0(?:atp|csp)-", "(?<=atp-)[A-Za-z0-9_-]{22}|(?<=csp-)[A-Za-z0-9_-]{43}"),
            "keywords": ["sq0atp-", "sq0csp-"],
        },
        {"pattern": tok("EAAA", "[A-Za-z0-9_-]{60}", "A-Za-z0-9", "A-Za-z0-9_-"), "keywords": ["eaaa"]},
    ],
    ["sq0atp-" + r(22, URLSAFE), "sq0csp-" + r(43, URLSAFE), "EAAA" + r(60, URLSAFE)],
    ["sq0idp-" + r(22, URLSAFE), "sq0atp-" + r(10), "sq0csp-Wq7rT2zLp9Vb4Nc6Xk8Hj3Wq7rT2zLp9Vb\\Nc6X"],
)
family(
    "braintree_token",
    "Braintree / PayPal access token",
    "Braintree control panel, API: revoke",
    [tok(r"access_token\$(?:production|sandbox)\$", "[0-9a-z]{16}\\$[0-9a-f]{32}", "A-Za-z0-9")],
    [f"access_token$production${r(16, LOWER)}${r(32, HEX)}"],
    ["access_token$production$<merchant>$<token>", "access_token$sandbox$" + r(16, LOWER)],
    keywords=["access_token$"],
)
v = "E" + r(79, URLSAFE)
family(
    "paypal_client_secret",
    "PayPal client secret",
    "PayPal Developer dashboard, Apps & Credentials",
    [ctx("paypal[\\w.-]{0,20}(?:secret|token)", "[A-Za-z0-9_-]{80}")],
    [m(f"PAYPAL_CLIENT_SECRET={v}", v)],
    ["PAYPAL_CLIENT_SECRET=<secret>", "paypal checkout"],
    keywords=["paypal"],
)
v = "AQE" + r(120, B64)
family(
    "adyen_api_key",
    "Adyen API key",
    "Adyen Customer Area, Developers, API credentials",
    [ctx("adyen[\\w.-]{0,20}(?:key|secret)", "AQE[A-Za-z0-9+/=_.-]{60,400}")],
    [m(f"ADYEN_API_KEY={v}", v)],
    ["ADYEN_API_KEY=<key>", "adyen payments"],
    keywords=["adyen"],
)
family(
    "plaid_token",
    "Plaid access token or secret",
    "Plaid dashboard, Team settings, Keys",
    [
        {
            "pattern": tok(
                "access-(?:sandbox|development|production)-",
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                "A-Za-z0-9",
            ),
            "keywords": ["access-sandbox-", "access-development-", "access-production-"],
        },
        {"pattern": ctx("plaid[\\w.-]{0,20}secret", "[0-9a-f]{30}"), "keywords": ["plaid"]},
    ],
    [f"access-production-{uuid()}", m(f"PLAID_SECRET={(w := r(30, HEX))}", w)],
    ["access-production-<token>", "PLAID_CLIENT_ID=" + r(24, HEX)],
)
v = r(64, B64)
family(
    "coinbase_secret",
    "Coinbase API secret",
    "Coinbase, Settings, API: delete the key",
    [ctx("coinbase[\\w.-]{0,20}(?:secret|private_?key)|cb_?(?:api_?)?secret", "[A-Za-z0-9+/=_-]{32,128}")],
    [m(f"COINBASE_API_SECRET={v}", v)],
    ["COINBASE_API_SECRET=<secret>", "coinbase wallet"],
    keywords=["coinbase", "cb_"],
)
family(
    "flutterwave_key",
    "Flutterwave secret key",
    "Flutterwave dashboard, Settings, API",
    [tok("FLWSECK(?:_TEST)?-", "[a-h0-9]{32}-X", "A-Za-z0-9", "A-Za-z0-9")],
    ["FLWSECK-" + r(32, "abcdefgh0123456789") + "-X"],
    ["FLWPUBK-" + r(32, HEX) + "-X", "FLWSECK-<key>"],
    keywords=["flwseck"],
)
family(
    "shippo_token",
    "Shippo API token",
    "Shippo, Settings, API",
    [tok("shippo_(?:live|test)_", "[a-f0-9]{40}")],
    ["shippo_live_" + r(40, HEX)],
    ["shippo_live_" + r(10, HEX), "shippo_live_<token>"],
    keywords=["shippo_"],
)
family(
    "easypost_key",
    "EasyPost API key",
    "EasyPost dashboard, API keys",
    [tok("EZ[AT]K", "[A-Za-z0-9]{54}", "A-Za-z0-9", "A-Za-z0-9")],
    ["EZAK" + r(54)],
    ["EZAK" + r(10), "EZAK<key>"],
    keywords=["ezak", "eztk"],
)
family(
    "duffel_token",
    "Duffel API token",
    "Duffel dashboard, Developers, Access tokens",
    [tok("duffel_(?:test|live)_", "[A-Za-z0-9_=-]{43}")],
    ["duffel_live_" + r(43, URLSAFE)],
    ["duffel_live_" + r(10), "duffel_test_<token>"],
    keywords=["duffel_"],
)
family(
    "yandex_key",
    "Yandex Cloud API key or token",
    "Yandex Cloud console, Service accounts, API keys",
    [tok("(?:AQVN|YC)", "[A-Za-z0-9_-]{35,38}", "A-Za-z0-9", "A-Za-z0-9_-")],
    ["AQVN" + r(36, URLSAFE)],
    ["AQVN" + r(10), "AQVN<key>"],
    keywords=["aqvn"],
)

# ---- Payment providers of India, Africa and Europe (formats from the providers' documentation and
# the gitleaks and trufflehog rule sets); each family's publishable or public key is a no_match.
v_id, v_secret = "rzp_live_" + r(14), r(24)
family(
    "razorpay_key",
    "Razorpay API key id or key secret",
    "Razorpay Dashboard, Account & Settings, API keys: regenerate",
    [
        {"pattern": tok("rzp_(?:live|test)_", "[A-Za-z0-9]{14,20}", "A-Za-z0-9_"), "keywords": ["rzp_"]},
        # The key secret (24 characters, no prefix; 20 to 32 accepted) written after its key id:
        # "rzp_live_... and secret ...", "key_secret: ...".
        {
            "pattern": "rzp_(?:live|test)_[A-Za-z0-9]{14,20}[^\\n]{0,60}?(?i:secret)[\\w.-]{0,20}[\"']?"
            "[^\\S\\n]{0,3}(?:is|=>|:=|[:=])?[^\\S\\n]{0,3}[\"'`]?(?P<value>[A-Za-z0-9]{20,32})(?![A-Za-z0-9_+/=-])",
            "keywords": ["rzp_"],
        },
        {"pattern": ctx("razorpay[\\w.-]{0,20}secret", "[A-Za-z0-9]{20,32}"), "keywords": ["razorpay"]},
    ],
    [
        v_id,
        "rzp_test_" + r(16),
        m(f"key {v_id} and secret {v_secret}", v_secret),
        m(f"RAZORPAY_KEY_SECRET={v_secret}", v_secret),
    ],
    ["rzp_live_xxxxxxxxxxxxxx", "rzp_live_<key_id>", "rzp_" + r(8), "RAZORPAY_KEY_SECRET=<secret>"],
)
family(
    "paystack_key",
    "Paystack secret key",
    "Paystack Dashboard, Settings, API Keys & Webhooks: generate new keys",
    [tok("sk_(?:live|test)_", "[0-9a-f]{40}", "A-Za-z0-9_", "A-Za-z0-9_")],
    ["sk_live_" + r(40, HEX), "sk_test_" + r(40, HEX)],
    ["pk_live_" + r(40, HEX), "sk_live_<secret>", "sk_live_" + r(12, HEX)],
    keywords=["sk_live_", "sk_test_"],
)
family(
    "flutterwave_encryption_key",
    "Flutterwave encryption key",
    "Flutterwave Dashboard, Settings, API keys: regenerate",
    # The prefix and twelve hex digits (the secret key, FLWSECK-...-X, is secret.flutterwave_key).
    [tok("FLWSECK(?:_TEST)?", "[0-9a-fA-F]{12}", "A-Za-z0-9_", "A-Za-z0-9_-")],
    ["FLWSECK_TEST" + r(12, HEX), "FLWSECK" + r(12, HEX)],
    ["FLWPUBK_TEST" + r(12, HEX), "FLWSECK_TEST<key>", "FLWSECK_TEST-" + r(32, HEX)],
    keywords=["flwseck"],
)
v = "live_" + r(4) + "7" + r(25)
family(
    "mollie_key",
    "Mollie API key",
    "Mollie Dashboard, Developers, API keys: reset",
    # Thirty letters and digits, at least one digit (test_ + thirty letters is a test's name).
    [tok("(?:live|test)_", "(?=[A-Za-z]{0,29}[0-9])[A-Za-z0-9]{30}", "A-Za-z0-9_", "A-Za-z0-9_")],
    [v, "test_" + r(12) + "3" + r(17)],
    ["test_userCanResetHerPasswordTwice", "live_<api_key>", "live_" + r(12)],
    keywords=["live_", "test_"],
)
family(
    "checkout_com_key",
    "Checkout.com secret key",
    "Checkout.com Dashboard, Developers, Keys: revoke",
    [
        # Current keys: sk_ or sk_sbox_, 26 base32 characters and a check character, a digit among them.
        tok("sk_(?:sbox_)?", "(?=[a-z]{0,26}[2-7])[a-z2-7]{26}[a-z2-7*#$=]", "A-Za-z0-9_", "A-Za-z0-9_"),
        # Earlier keys: sk_ or sk_test_ and a UUID.
        tok("sk_(?:test_)?", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "A-Za-z0-9_"),
    ],
    [
        "sk_sbox_"
        + r(12, "abcdefghijklmnopqrstuvwxyz")
        + "4"
        + r(13, "abcdefghijklmnopqrstuvwxyz234567")
        + "#",
        "sk_test_" + uuid(),
    ],
    [
        "pk_sbox_" + r(27, "abcdefghijklmnopqrstuvwxyz234567"),
        "sk_sbox_<secret>",
        "sk_somethingverylongandsnakecase",
    ],
    keywords=["sk_"],
)
v = r(32)
family(
    "payu_secret",
    "PayU merchant salt or client secret",
    "PayU dashboard, Developer settings (or Integration settings): regenerate",
    [ctx("payu[\\w.-]{0,20}(?:salt|secret)", "[A-Za-z0-9]{20,64}")],
    [m(f"PAYU_MERCHANT_SALT={v}", v), m(f'"payu_client_secret": "{v}"', v)],
    ["PAYU_MERCHANT_SALT=<salt>", "payu checkout"],
    keywords=["payu"],
)

header = """# Credentials by provider: one rule per family, all with the generic `regex` detector, so a new token
# format is a policy change. Generated by tools/build_secret_rules.py (edit it there, then re-run):
# formats from providers' documentation and public scanner rule sets; patterns and random example
# values written for this policy. Each pattern carries its literal `keywords` (matched case-
# insensitively by the prefilter: a pattern runs only on drafts holding one), and each rule its
# `examples`, which `preflight rules check` and tests/engine/secrets/test_secret_examples.py run.
# Identifiers that are not secrets (OpenAI org ids, Stripe pk_ keys, Twilio account SIDs alone,
# New Relic browser keys) are among the no_match examples.
"""
text = header + yaml.safe_dump(
    {"schema_version": 1, "rules": RULES}, sort_keys=False, allow_unicode=True, width=4096
)
if "--check" in sys.argv[1:]:
    if OUT.read_text() != text:
        sys.exit(f"{OUT} differs from {Path(__file__).name}: re-run it (edit the table, not the YAML)")
    print(f"{OUT.name} is up to date ({len(RULES)} rules)")
else:
    OUT.write_text(text)
    print(f"{len(RULES)} rules, {sum(len(r['options']['patterns']) for r in RULES)} patterns -> {OUT}")
