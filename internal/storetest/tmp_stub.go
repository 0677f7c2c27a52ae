package storetest

var contractTests, clauseTests []test
