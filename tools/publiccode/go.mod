module koers/tools/publiccode

go 1.24

require (
	github.com/Jeffail/gabs v1.4.0 // indirect
	github.com/alranel/go-vcsurl/v2 v2.0.2 // indirect
	github.com/dyatlov/go-oembed v0.0.0-20191103150536-a57c85b3b37c // indirect
	github.com/gabriel-vasile/mimetype v1.4.3 // indirect
	github.com/go-playground/locales v0.14.1 // indirect
	github.com/go-playground/universal-translator v0.18.1 // indirect
	github.com/go-playground/validator/v10 v10.18.0 // indirect
	github.com/italia/httpclient-lib-go v0.0.2 // indirect
	github.com/italia/publiccode-parser-go/v4 v4.1.1 // indirect
	github.com/kyoh86/go-spdx v0.0.5-0.20220518012447-4d195d3a5da1 // indirect
	github.com/leodido/go-urn v1.4.0 // indirect
	github.com/rivo/uniseg v0.4.2 // indirect
	github.com/sirupsen/logrus v1.9.0 // indirect
	github.com/tomnomnom/linkheader v0.0.0-20180905144013-02ca5825eb80 // indirect
	golang.org/x/crypto v0.21.0 // indirect
	golang.org/x/net v0.23.0 // indirect
	golang.org/x/sys v0.18.0 // indirect
	golang.org/x/text v0.14.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

tool github.com/italia/publiccode-parser-go/v4/publiccode-parser
