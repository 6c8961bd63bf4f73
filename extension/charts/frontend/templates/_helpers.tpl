{{/*
Names are fixed rather than derived from the release: KubeSphere always installs the extension as
release "gitops-console", the JSBundle's link and the ReverseProxy's path are fixed, and the
pages name these objects in their troubleshooting hints.
*/}}
{{- define "frontend.fullname" -}}
gitops-console-frontend
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
REGISTRY/REPOSITORY:TAG. KubeSphere's global.imageRegistry wins over image.registry, as in the
charts of KubeSphere's own extensions. The tag defaults to the chart's appVersion.
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
The file server inside the cluster, over plain HTTP: a ReverseProxy's `upstream.service` would
mean HTTPS on 443 (kubesphere upstream.go), so the upstream is a `url`.
*/}}
{{- define "frontend.upstreamUrl" -}}
{{- $host := printf "%s.%s.svc" (include "frontend.fullname" .) .Release.Namespace -}}
{{- if eq (int .Values.service.port) 80 -}}
{{- printf "http://%s" $host -}}
{{- else -}}
{{- printf "http://%s:%d" $host (int .Values.service.port) -}}
{{- end -}}
{{- end }}

{{/* The bundle's entry, put into the chart by npm run package. */}}
{{- define "frontend.entry" -}}
{{- .Files.Get "bundle/index.js" | required "bundle/index.js is missing from the chart: build it with npm run package" -}}
{{- end }}
