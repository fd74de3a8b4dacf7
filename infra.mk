# Infrastructure targets, included by the main Makefile. Each tool lives in its own virtual env,
# created on first use by scripts/tool-venv with the Python scripts/find-python picks: aws-sam-cli,
# cfn-lint and checkov pin shared libraries differently, so one env cannot hold all three.
#   make sam-build     sam build (no container: layers are built by make, functions by pip)
#   make size          unzipped size of ScreenFunction plus its layers (< 250 MB), and an import check
#   make infra-check   sam validate --lint, cfn-lint and checkov on template.yaml
#   make publish-console STACK=<stack>   the console (make console) to the stack, with its config.json
SAM_VERSION := 1.170.0
CFNLINT_VERSION := 1.58.0
CHECKOV_VERSION := 3.3.30
SAM_VENV := .venv-sam
CFNLINT_VENV := .venv-cfnlint
CHECKOV_VENV := .venv-checkov
# Nothing here talks to AWS: a region is needed by sam's CLI only to start, telemetry stays off.
INFRA_ENV := AWS_DEFAULT_REGION=$${AWS_DEFAULT_REGION:-us-east-1} SAM_CLI_TELEMETRY=0 \
  SAM_CLI_BETA_FEATURES=0 BC_SKIP_MAPPING=TRUE

.PHONY: sam-build size infra-check sam-validate cfn-lint checkov infra-venvs

infra-venvs: $(SAM_VENV)/.tool-installed $(CFNLINT_VENV)/.tool-installed $(CHECKOV_VENV)/.tool-installed

$(SAM_VENV)/.tool-installed: infra.mk scripts/tool-venv
	scripts/tool-venv $(SAM_VENV) aws-sam-cli==$(SAM_VERSION)
$(CFNLINT_VENV)/.tool-installed: infra.mk scripts/tool-venv
	scripts/tool-venv $(CFNLINT_VENV) cfn-lint==$(CFNLINT_VERSION)
$(CHECKOV_VENV)/.tool-installed: infra.mk scripts/tool-venv
	scripts/tool-venv $(CHECKOV_VENV) checkov==$(CHECKOV_VERSION)

# sam finds the runtime's interpreter by the name python3.12 on PATH; the one find-python picks is
# put first, since a pyenv shim of that name may exist for a version that is not selected.
sam-build: $(SAM_VENV)/.tool-installed
	PATH="$$(dirname "$$(scripts/find-python)"):$$PATH" $(INFRA_ENV) \
	  $(SAM_VENV)/bin/sam build --template-file template.yaml --parallel

size:
	scripts/layer-size .aws-sam/build

infra-check: sam-validate cfn-lint checkov

sam-validate: $(SAM_VENV)/.tool-installed
	$(INFRA_ENV) $(SAM_VENV)/bin/sam validate --lint --template-file template.yaml

cfn-lint: $(CFNLINT_VENV)/.tool-installed
	$(CFNLINT_VENV)/bin/cfn-lint template.yaml

checkov: $(CHECKOV_VENV)/.tool-installed
	$(INFRA_ENV) $(CHECKOV_VENV)/bin/checkov --file template.yaml --framework cloudformation \
	  --quiet --compact --skip-download

.PHONY: publish-console
## The console on AWS (issue 10): builds it (make console), reads the stack's outputs and uploads
## console/dist with its config.json (scripts/publish-console; docs/console.md). Needs the AWS CLI
## and credentials for the stack's account: make publish-console STACK=preflight
publish-console:
	@test -n "$(STACK)" || { echo "usage: make publish-console STACK=<stack name>" >&2; exit 2; }
	$(MAKE) console
	outputs=$$(mktemp) && trap 'rm -f "$$outputs"' EXIT && \
	  aws cloudformation describe-stacks --stack-name "$(STACK)" --output json > "$$outputs" && \
	  "$$(scripts/find-python)" scripts/publish-console --stack-json "$$outputs" --dist console/dist
