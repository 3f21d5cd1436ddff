{{/* Chart name, at most 63 characters. */}}
{{- define "tg.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Resource name prefix: fullnameOverride, else <release>-<chart> (just <release> when it holds the chart name). */}}
{{- define "tg.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "tg.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tg.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "tg.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "tg.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: gateway
{{- end }}

{{- define "tg.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "tg.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "tg.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* The Secret holding the tenants and quota files: the existing one, or the chart's own. */}}
{{- define "tg.secretName" -}}
{{- default (printf "%s-files" (include "tg.fullname" .)) .Values.existingSecret.name }}
{{- end }}

{{/* Key of the tenants file in that Secret; empty when there is none. */}}
{{- define "tg.tenantsKey" -}}
{{- if .Values.existingSecret.name }}{{ .Values.existingSecret.tenantsKey }}{{ else if .Values.tenants }}tenants.json{{ end }}
{{- end }}

{{/* Key of the quota file in that Secret; empty when there is none. */}}
{{- define "tg.quotaKey" -}}
{{- if .Values.existingSecret.name }}{{ .Values.existingSecret.quotaKey }}{{ else if .Values.quotaFile }}quota.json{{ end }}
{{- end }}

{{/* Key of the webhook key secret in that Secret; empty when there is none. */}}
{{- define "tg.webhookKeyKey" -}}
{{- if .Values.existingSecret.name }}{{ .Values.existingSecret.webhookKeySecretKey }}{{ else if .Values.webhook.keySecret }}webhook-key-secret{{ end }}
{{- end }}

{{/* Gateway processes that may run at once: replicas x workers. */}}
{{- define "tg.processes" -}}
{{- mul (int (include "tg.maxReplicas" .)) (int .Values.workers) }}
{{- end }}

{{/* Replicas that may run at once: the HPA's maximum when it is on (the most there can be), else replicaCount. */}}
{{- define "tg.maxReplicas" -}}
{{- if .Values.autoscaling.enabled }}{{ int .Values.autoscaling.maxReplicas }}{{ else }}{{ int .Values.replicaCount }}{{ end }}
{{- end }}

{{/* GATEWAY_QUOTA_REPLICAS: quota.replicas, else tg.maxReplicas (at least 1). It counts pods: each
pod's gateway divides its share among its workers itself (gateway/workers.py). */}}
{{- define "tg.quotaReplicas" -}}
{{- if not (kindIs "invalid" .Values.quota.replicas) }}{{ int .Values.quota.replicas }}{{ else }}{{ max 1 (int (include "tg.maxReplicas" .)) }}{{ end }}
{{- end }}

{{/* terminationGracePeriodSeconds: preStop wait + drain grace (rounded up) + margin. */}}
{{- define "tg.terminationGrace" -}}
{{- add (int .Values.shutdown.preStopSeconds) (int (ceil .Values.shutdown.graceSeconds)) (int .Values.shutdown.marginSeconds) }}
{{- end }}

{{/* A config value as the string the gateway reads: whole numbers without an exponent, booleans as on/off. */}}
{{- define "tg.settingValue" -}}
{{- if kindIs "bool" . }}{{ ternary "on" "off" . }}
{{- else if and (kindIs "float64" .) (eq (floor .) .) }}{{ int64 . }}
{{- else }}{{ toString . }}{{ end }}
{{- end }}

{{/* Refuse combinations that render valid manifests but a broken or unsafe gateway. */}}
{{- define "tg.checks" -}}
{{- if and .Values.webhook.enabled (not .Values.webhook.publicUrl) }}
{{- fail "webhook.enabled needs webhook.publicUrl (the URL Bria posts results to)" }}
{{- end }}
{{- if and (or .Values.ingress.webhook.enabled .Values.gatewayApi.httpRoute.enabled) (not .Values.webhook.enabled) }}
{{- fail "ingress.webhook / gatewayApi.httpRoute need webhook.enabled" }}
{{- end }}
{{- if and .Values.serviceMonitor.enabled (not .Values.metrics.enabled) }}
{{- fail "serviceMonitor.enabled needs metrics.enabled" }}
{{- end }}
{{- if and (or .Values.gatewayApi.grpcRoute.enabled .Values.gatewayApi.httpRoute.enabled) }}
{{- if and .Values.gatewayApi.grpcRoute.enabled (not .Values.gatewayApi.grpcRoute.parentRefs) }}
{{- fail "gatewayApi.grpcRoute.enabled needs parentRefs" }}
{{- end }}
{{- if and .Values.gatewayApi.httpRoute.enabled (not .Values.gatewayApi.httpRoute.parentRefs) }}
{{- fail "gatewayApi.httpRoute.enabled needs parentRefs" }}
{{- end }}
{{- end }}
{{- if .Values.redis.enabled }}
{{- if not (or .Values.redis.url .Values.redis.urlSecret.name) }}
{{- fail "redis.enabled needs redis.url or redis.urlSecret.name" }}
{{- end }}
{{- if and (regexMatch "^[a-z]+://[^/@]*:[^/@]*@" .Values.redis.url) (not (contains ":$(REDIS_PASSWORD)@" .Values.redis.url)) }}
{{- fail "redis.url must not hold a password: write $(REDIS_PASSWORD) in its place and set redis.passwordSecret" }}
{{- end }}
{{- if and .Values.webhook.enabled (gt (int (include "tg.processes" .)) 1) (not (include "tg.webhookKeyKey" .)) }}
{{- fail "webhooks with more than one replica or worker need webhook.keySecret (generate one: openssl rand -base64 32) or existingSecret.webhookKeySecretKey: else a delivery verifies only on the process that submitted the job" }}
{{- end }}
{{- else if and (gt (int (include "tg.processes" .)) 1) (not .Values.quota.allowUnsharedReplicas) }}
{{- fail "more than one replica or worker without redis: every process would enforce each budget on its own. Enable redis, or set quota.allowUnsharedReplicas=true if no quotas are configured" }}
{{- end }}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- fail "autoscaling.minReplicas is greater than autoscaling.maxReplicas" }}
{{- end }}
{{- end }}
