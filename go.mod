module github.com/dipnews/diplomacy

go 1.26.0

require (
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.43.0
)
