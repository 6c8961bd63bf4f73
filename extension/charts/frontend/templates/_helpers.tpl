{{/*
Names are fixed rather than derived from the release: KubeSphere always installs the extension as
release "gitops-console", and the JSBundle's links are fixed too.
*/}}
{{- define "frontend.fullname" -}}
{{- default "gitops-console-frontend" .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "frontend.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "frontend.selectorLabels" -}}
app.kubernetes.io/name: gitops-console-frontend
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "frontend.labels" -}}
helm.sh/chart: {{ include "frontend.chart" . }}
{{ include "frontend.selectorLabels" . }}
app.kubernetes.io/part-of: gitops-console
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
REGISTRY/REPOSITORY:TAG. global.imageRegistry (set by KubeSphere for all extensions) wins over
image.registry; without either the reference has no registry part. The tag defaults to the
chart's appVersion, which npm run package sets to the extension version.
*/}}
{{- define "frontend.image" -}}
{{- $registry := default .Values.image.registry .Values.global.imageRegistry | trimSuffix "/" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag | toString -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .Values.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}
{{- end }}

{{/*
Where ks-apiserver fetches the bundle files: the Service, over plain HTTP inside the cluster.
*/}}
{{- define "frontend.baseUrl" -}}
{{- $host := printf "%s.%s.svc" (include "frontend.fullname" .) .Release.Namespace -}}
{{- if eq (int .Values.service.port) 80 -}}
{{- printf "http://%s" $host -}}
{{- else -}}
{{- printf "http://%s:%d" $host (int .Values.service.port) -}}
{{- end -}}
{{- end }}
